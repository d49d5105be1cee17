package com.kugelpos.http.config;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a failed attempt is retried: how many attempts in all, the exponential backoff between them
 * (doubling from {@code backoffBase}, with jitter, up to {@code backoffMax}), the budget that
 * limits retries to a share of recent calls, and the hedging of slow idempotent calls, which takes
 * its extra attempts from the same budget. Immutable; validated when made.
 *
 * @param attempts attempts of a logical call in all, the first included, 1 to 10
 * @param backoffBase backoff before the first retry
 * @param backoffMax upper bound of one backoff delay, at least {@code backoffBase}
 * @param budget the share of recent calls that retries (and hedges) may add per service
 * @param hedging whether and when slow idempotent calls get a second attempt in parallel (off by default)
 */
public record RetrySettings(int attempts, Duration backoffBase, Duration backoffMax, RetryBudgetSettings budget,
        HedgingSettings hedging) {

    /** The numbers of attempts a call may have. */
    static final Range ATTEMPTS = new Range(1, 10);

    /** The specification's retries: 3 attempts, backoff from 200 ms up to 5 s, the default budget, no hedging. */
    public static final RetrySettings DEFAULTS = new RetrySettings(
            3, Duration.ofMillis(200), Duration.ofSeconds(5), RetryBudgetSettings.DEFAULTS, HedgingSettings.DEFAULTS);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the first value that is out of range
     */
    public RetrySettings {
        ATTEMPTS.require("retryAttempts", attempts);
        Checks.requirePositive("retryBackoffBase", backoffBase);
        Checks.requirePositive("retryBackoffMax", backoffMax);
        Checks.requireNotShorter("retryBackoffMax", backoffMax, "retryBackoffBase", backoffBase);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(hedging, "hedging");
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link RetrySettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int attempts;
        private Duration backoffBase;
        private Duration backoffMax;
        private RetryBudgetSettings.Builder budget;
        private HedgingSettings.Builder hedging;

        private Builder(RetrySettings from) {
            attempts = from.attempts;
            backoffBase = from.backoffBase;
            backoffMax = from.backoffMax;
            budget = from.budget.toBuilder();
            hedging = from.hedging.toBuilder();
        }

        /** @see RetrySettings#attempts() */
        public Builder attempts(int value) {
            attempts = value;
            return this;
        }

        /** @see RetrySettings#backoffBase() */
        public Builder backoffBase(Duration value) {
            backoffBase = value;
            return this;
        }

        /** @see RetrySettings#backoffMax() */
        public Builder backoffMax(Duration value) {
            backoffMax = value;
            return this;
        }

        /** @see RetrySettings#budget() */
        public Builder budget(RetryBudgetSettings value) {
            budget = value.toBuilder();
            return this;
        }

        /** Changes some values of the budget. */
        public Builder budget(Consumer<RetryBudgetSettings.Builder> change) {
            change.accept(budget);
            return this;
        }

        /** @see RetrySettings#hedging() */
        public Builder hedging(HedgingSettings value) {
            hedging = value.toBuilder();
            return this;
        }

        /** Changes some values of hedging, e.g. {@code hedging(h -> h.enabled(true))}. */
        public Builder hedging(Consumer<HedgingSettings.Builder> change) {
            change.accept(hedging);
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public RetrySettings build() {
            return new RetrySettings(attempts, backoffBase, backoffMax, budget.build(), hedging.build());
        }
    }
}
