package com.kugelpos.http.config;

import java.time.Duration;

/**
 * Budgeted hedging of idempotent calls (GET, or any method with an {@code Idempotency-Key}): when
 * an attempt has not answered after the service's recent latency at the {@code 100 -
 * maxExtraLoadPercent} percentile (never sooner than {@code minDelay}), a second attempt goes to
 * another usable instance and the first answer wins; the other is cancelled. A hedge takes a retry
 * from the retry budget, counts as one of the call's attempts, and is sent only while the breaker is
 * CLOSED and within the call's deadline. Off by default. Immutable; validated when made.
 *
 * @param enabled whether calls are hedged
 * @param maxExtraLoadPercent the share of calls that may be hedged when latency is steady, in
 *     percent, 1 to 50: the hedge waits for the latency that this share of recent attempts exceeded
 * @param minDelay the shortest wait before a hedge, above zero
 */
public record HedgingSettings(boolean enabled, int maxExtraLoadPercent, Duration minDelay) {

    /** The extra load a hedging policy may aim at, in percent of calls. */
    static final Range MAX_EXTRA_LOAD = new Range(1, 50);

    /** Off; when on, 2 % extra load (the 98th percentile) and at least 5 ms. */
    public static final HedgingSettings DEFAULTS = new HedgingSettings(false, 2, Duration.ofMillis(5));

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the first value that is out of range
     */
    public HedgingSettings {
        MAX_EXTRA_LOAD.require("hedgingMaxExtraLoadPercent", maxExtraLoadPercent);
        Checks.requirePositive("hedgingMinDelay", minDelay);
    }

    /** The percentile of recent latencies a hedge waits for, e.g. 98 for 2 % extra load. */
    public double delayPercentile() {
        return 100 - maxExtraLoadPercent;
    }

    /** A builder preset with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link HedgingSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private boolean enabled;
        private int maxExtraLoadPercent;
        private Duration minDelay;

        private Builder(HedgingSettings from) {
            enabled = from.enabled;
            maxExtraLoadPercent = from.maxExtraLoadPercent;
            minDelay = from.minDelay;
        }

        /** @see HedgingSettings#enabled() */
        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        /** @see HedgingSettings#maxExtraLoadPercent() */
        public Builder maxExtraLoadPercent(int value) {
            maxExtraLoadPercent = value;
            return this;
        }

        /** @see HedgingSettings#minDelay() */
        public Builder minDelay(Duration value) {
            minDelay = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public HedgingSettings build() {
            return new HedgingSettings(enabled, maxExtraLoadPercent, minDelay);
        }
    }
}
