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

    private static final RetryBudgetSettings DEFAULTS = new RetryBudgetSettings(true, 0.2, 5);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public RetryBudgetSettings {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new InvalidSettingException("retryBudgetRatio must be between 0 and 1, but was " + ratio);
        }
        if (minPerSecond < 0 || minPerSecond > 10_000) {
            throw new InvalidSettingException(
                    "retryBudgetMinPerSecond must be between 0 and 10000, but was " + minPerSecond);
        }
    }

    /** On, 20 % of calls, at least 5 retries per second. */
    public static RetryBudgetSettings defaults() {
        return DEFAULTS;
    }

    /** No limit: every retry the retry rules allow is made. */
    public static RetryBudgetSettings unlimited() {
        return new RetryBudgetSettings(false, DEFAULTS.ratio, DEFAULTS.minPerSecond);
    }
}
