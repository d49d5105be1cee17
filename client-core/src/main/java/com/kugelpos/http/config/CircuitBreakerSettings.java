package com.kugelpos.http.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When a service's circuit breaker opens and how long it stays open. Immutable; validated when made.
 *
 * @param failureThreshold consecutive failures (of calls or attempts, as {@code counting} says) that
 *     open the breaker, 1 to 1000
 * @param openDuration how long the breaker stays open before it lets one probe through
 * @param counting whether the breaker counts logical calls (the default) or every attempt
 */
public record CircuitBreakerSettings(int failureThreshold, Duration openDuration, BreakerCounting counting) {

    /** The failure thresholds a breaker may have. */
    static final Range FAILURE_THRESHOLD = new Range(1, 1_000);

    /** The specification's breaker: open after 3 failed calls in a row, for 60 s. */
    public static final CircuitBreakerSettings DEFAULTS =
            new CircuitBreakerSettings(3, Duration.ofSeconds(60), BreakerCounting.CALLS);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public CircuitBreakerSettings {
        FAILURE_THRESHOLD.require("circuitBreakerThreshold", failureThreshold);
        Checks.requirePositive("circuitBreakerTimeout", openDuration);
        Objects.requireNonNull(counting, "circuitBreakerCounts: use BreakerCounting.CALLS or ATTEMPTS");
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link CircuitBreakerSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int failureThreshold;
        private Duration openDuration;
        private BreakerCounting counting;

        private Builder(CircuitBreakerSettings from) {
            failureThreshold = from.failureThreshold;
            openDuration = from.openDuration;
            counting = from.counting;
        }

        /** @see CircuitBreakerSettings#failureThreshold() */
        public Builder failureThreshold(int value) {
            failureThreshold = value;
            return this;
        }

        /** @see CircuitBreakerSettings#openDuration() */
        public Builder openDuration(Duration value) {
            openDuration = value;
            return this;
        }

        /** @see CircuitBreakerSettings#counting() */
        public Builder counting(BreakerCounting value) {
            counting = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public CircuitBreakerSettings build() {
            return new CircuitBreakerSettings(failureThreshold, openDuration, counting);
        }
    }
}
