package com.kugelpos.http.config;

/**
 * Protection of a service against overload from the client's side, below the fixed connection cap:
 * an adaptive concurrency limit per service (a gradient algorithm in the manner of Netflix's
 * concurrency-limits: it shrinks when attempt latency rises above its long-term average and grows
 * back while it does not), and client-side throttling in the manner of Google SRE's adaptive
 * throttling (an attempt is rejected locally with probability {@code (requests - K × accepts) /
 * (requests + 1)} over the last 10 s). Low-priority calls may use only {@code lowPriorityPercent}
 * of the limit and are throttled with half the {@code K}, so they are shed first. Both off by
 * default. Immutable; validated when made.
 *
 * @param adaptiveLimit whether the concurrency limit adapts
 * @param initialLimit the limit to start from, 1 to 10000 (never above the connection cap)
 * @param minLimit the least the limit shrinks to, 1 to 10000, at most {@code initialLimit}
 * @param lowPriorityPercent the share of the limit that low-priority calls may fill, 1 to 100
 * @param throttling whether attempts are throttled by the recent accept rate
 * @param throttlingK how many requests per accepted one pass before throttling starts, 1 to 10
 */
public record OverloadSettings(boolean adaptiveLimit, int initialLimit, int minLimit, int lowPriorityPercent,
        boolean throttling, double throttlingK) {

    /** The limits a service's concurrency may start from or shrink to. */
    static final Range LIMIT = new Range(1, 10_000);

    /** The shares of the limit low-priority calls may fill. */
    static final Range LOW_PRIORITY_PERCENT = new Range(1, 100);

    /** The multipliers of accepts in the throttling formula (SRE suggests 2). */
    static final Range THROTTLING_K = new Range(1, 10);

    /** Both off; when on: from 20 down to 4 at least, low priority up to 80 % of the limit, K = 2. */
    public static final OverloadSettings DEFAULTS = new OverloadSettings(false, 20, 4, 80, false, 2);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the first value that is out of range
     */
    public OverloadSettings {
        LIMIT.require("adaptiveInitialLimit", initialLimit);
        LIMIT.require("adaptiveMinLimit", minLimit);
        if (minLimit > initialLimit) {
            throw new InvalidSettingException("adaptiveMinLimit (" + minLimit
                    + ") must not be above adaptiveInitialLimit (" + initialLimit + ")");
        }
        LOW_PRIORITY_PERCENT.require("lowPriorityPercent", lowPriorityPercent);
        THROTTLING_K.require("throttlingK", throttlingK);
    }

    /** A builder preset with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link OverloadSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private boolean adaptiveLimit;
        private int initialLimit;
        private int minLimit;
        private int lowPriorityPercent;
        private boolean throttling;
        private double throttlingK;

        private Builder(OverloadSettings from) {
            adaptiveLimit = from.adaptiveLimit;
            initialLimit = from.initialLimit;
            minLimit = from.minLimit;
            lowPriorityPercent = from.lowPriorityPercent;
            throttling = from.throttling;
            throttlingK = from.throttlingK;
        }

        /** @see OverloadSettings#adaptiveLimit() */
        public Builder adaptiveLimit(boolean value) {
            adaptiveLimit = value;
            return this;
        }

        /** @see OverloadSettings#initialLimit() */
        public Builder initialLimit(int value) {
            initialLimit = value;
            return this;
        }

        /** @see OverloadSettings#minLimit() */
        public Builder minLimit(int value) {
            minLimit = value;
            return this;
        }

        /** @see OverloadSettings#lowPriorityPercent() */
        public Builder lowPriorityPercent(int value) {
            lowPriorityPercent = value;
            return this;
        }

        /** @see OverloadSettings#throttling() */
        public Builder throttling(boolean value) {
            throttling = value;
            return this;
        }

        /** @see OverloadSettings#throttlingK() */
        public Builder throttlingK(double value) {
            throttlingK = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public OverloadSettings build() {
            return new OverloadSettings(adaptiveLimit, initialLimit, minLimit, lowPriorityPercent, throttling,
                    throttlingK);
        }
    }
}
