package com.kugelpos.http.config;

/**
 * Limits retries of one service to a share of its recent calls, so that a failing service sees at
 * most that much extra load: within any {@value #WINDOW_SECONDS}-second window, retries may number
 * {@code ratio × calls + minPerSecond × }{@value #WINDOW_SECONDS}. The minimum keeps retries working
 * at low traffic. Immutable.
 *
 * @param enabled whether retries are limited at all
 * @param ratio retries allowed per call, 0 to 1 (0.2: at most 20 % extra load)
 * @param minPerSecond retries per second allowed whatever the traffic, 0 to 10000
 */
public record RetryBudgetSettings(boolean enabled, double ratio, int minPerSecond) {

    /** The length of the sliding window, in seconds. */
    public static final int WINDOW_SECONDS = 10;

    /** The ratios a budget may have. */
    static final Range RATIO = new Range(0, 1);

    /** The floors of retries per second a budget may have. */
    static final Range MIN_PER_SECOND = new Range(0, 10_000);

    /** On, 20 % of calls, at least 5 retries per second. */
    public static final RetryBudgetSettings DEFAULTS = new RetryBudgetSettings(true, 0.2, 5);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public RetryBudgetSettings {
        RATIO.require("retryBudgetRatio", ratio);
        MIN_PER_SECOND.require("retryBudgetMinPerSecond", minPerSecond);
    }

    /** No limit: every retry the retry rules allow is made. */
    public static RetryBudgetSettings unlimited() {
        return DEFAULTS.toBuilder().enabled(false).build();
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link RetryBudgetSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private boolean enabled;
        private double ratio;
        private int minPerSecond;

        private Builder(RetryBudgetSettings from) {
            enabled = from.enabled;
            ratio = from.ratio;
            minPerSecond = from.minPerSecond;
        }

        /** @see RetryBudgetSettings#enabled() */
        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        /** @see RetryBudgetSettings#ratio() */
        public Builder ratio(double value) {
            ratio = value;
            return this;
        }

        /** @see RetryBudgetSettings#minPerSecond() */
        public Builder minPerSecond(int value) {
            minPerSecond = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public RetryBudgetSettings build() {
            return new RetryBudgetSettings(enabled, ratio, minPerSecond);
        }
    }
}
