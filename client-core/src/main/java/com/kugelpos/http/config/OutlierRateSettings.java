package com.kugelpos.http.config;

import java.time.Duration;

/**
 * Outlier detection by rates, beside consecutive failures (in the manner of Envoy's success-rate and
 * failure-percentage rules): every {@code interval} the attempts of each instance are counted, and
 * of the instances with at least {@code requestVolume} attempts (when there are at least {@code
 * minimumHosts} of them) an instance is ejected whose success rate is below the mean of theirs by
 * more than {@code successRateStdevFactor} standard deviations, or whose failure rate is {@code
 * failurePercentage} or more. Both rules are off by default (zero). Immutable; validated when made.
 *
 * @param interval the period over which attempts are counted and the rules applied
 * @param successRateStdevFactor standard deviations below the mean success rate that eject, 0 (off) to 10
 * @param failurePercentage failed attempts in percent of an instance's attempts that eject it, 0 (off) to 100
 * @param minimumHosts instances with enough attempts that the rules need before they judge, 2 to 1000
 * @param requestVolume attempts an instance needs in an interval to be judged, 1 to 1000000
 */
public record OutlierRateSettings(Duration interval, double successRateStdevFactor, int failurePercentage,
        int minimumHosts, int requestVolume) {

    /** The standard deviations a success-rate rule may use; 0 turns it off. */
    static final Range STDEV_FACTOR = new Range(0, 10);

    /** The failure percentages that may eject; 0 turns the rule off. */
    static final Range FAILURE_PERCENTAGE = new Range(0, 100);

    /** The numbers of judged instances the rules may need. */
    static final Range MINIMUM_HOSTS = new Range(2, 1_000);

    /** The attempts per interval an instance may need to be judged. */
    static final Range REQUEST_VOLUME = new Range(1, 1_000_000);

    /** Both rules off; when turned on: every 10 s, 3 instances with 50 attempts each at least. */
    public static final OutlierRateSettings DEFAULTS = new OutlierRateSettings(Duration.ofSeconds(10), 0, 0, 3, 50);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the first value that is out of range
     */
    public OutlierRateSettings {
        Checks.requirePositive("outlierInterval", interval);
        STDEV_FACTOR.require("outlierSuccessRateStdevFactor", successRateStdevFactor);
        FAILURE_PERCENTAGE.require("outlierFailurePercentage", failurePercentage);
        MINIMUM_HOSTS.require("outlierMinimumHosts", minimumHosts);
        REQUEST_VOLUME.require("outlierRequestVolume", requestVolume);
    }

    /** Whether either rule is on. */
    public boolean enabled() {
        return successRateStdevFactor > 0 || failurePercentage > 0;
    }

    /** A builder preset with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link OutlierRateSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private Duration interval;
        private double successRateStdevFactor;
        private int failurePercentage;
        private int minimumHosts;
        private int requestVolume;

        private Builder(OutlierRateSettings from) {
            interval = from.interval;
            successRateStdevFactor = from.successRateStdevFactor;
            failurePercentage = from.failurePercentage;
            minimumHosts = from.minimumHosts;
            requestVolume = from.requestVolume;
        }

        /** @see OutlierRateSettings#interval() */
        public Builder interval(Duration value) {
            interval = value;
            return this;
        }

        /** @see OutlierRateSettings#successRateStdevFactor() (zero turns the rule off) */
        public Builder successRateStdevFactor(double value) {
            successRateStdevFactor = value;
            return this;
        }

        /** @see OutlierRateSettings#failurePercentage() (zero turns the rule off) */
        public Builder failurePercentage(int value) {
            failurePercentage = value;
            return this;
        }

        /** @see OutlierRateSettings#minimumHosts() */
        public Builder minimumHosts(int value) {
            minimumHosts = value;
            return this;
        }

        /** @see OutlierRateSettings#requestVolume() */
        public Builder requestVolume(int value) {
            requestVolume = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public OutlierRateSettings build() {
            return new OutlierRateSettings(interval, successRateStdevFactor, failurePercentage, minimumHosts,
                    requestVolume);
        }
    }
}
