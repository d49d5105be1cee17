package com.kugelpos.http.config;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How calls are spread over the instances of a service, and how bad instances are kept out: active
 * health checks ({@code GET} of a health path at an interval, with thresholds of consecutive
 * results) and passive outlier ejection (an instance that fails {@code outlierConsecutiveFailures}
 * attempts in a row is left out for {@code outlierBaseEjection}, doubled on each ejection in a row up
 * to {@code outlierMaxEjection}; by rates too, see {@link OutlierRateSettings}), with at most
 * {@code outlierMaxEjectionPercent} of the instances ejected at once, and a panic threshold below
 * which the calls are spread over every instance, usable or not. All of it matters only for services
 * with two or more instances. Immutable; validated when made.
 *
 * @param policy how an instance is picked
 * @param healthCheckInterval time between two rounds of health checks; zero when health checks are off
 * @param healthCheckPath the path probed with {@code GET} on each instance, e.g. {@code /health}
 * @param unhealthyThreshold failed probes in a row that mark a healthy instance unhealthy, 1 to 100
 * @param healthyThreshold successful probes in a row that mark an unhealthy instance healthy again, 1 to 100
 * @param outlierConsecutiveFailures failed attempts in a row that eject an instance, 0 (off) to 1000
 * @param outlierBaseEjection how long the first ejection lasts; each further one in a row lasts twice as long
 * @param outlierMaxEjection the longest ejection, at least {@code outlierBaseEjection}
 * @param outlierRates the success-rate and failure-percentage rules (off by default)
 * @param outlierMaxEjectionPercent the most instances ejected at once, in percent of all (rounded
 *     down, yet always one), 1 to 100; the last instance that is not ejected is never ejected
 * @param panicThreshold when fewer than this percentage of the instances are usable (healthy and
 *     not ejected), calls are spread over all of them as if all were; 0 (off) to 100
 * @param peakEwmaDecay how fast the latency estimate of the {@code peak-ewma} policy forgets: the
 *     weight of a past sample falls to 1/e in this time
 */
public record LoadBalancingSettings(
        LoadBalancingPolicy policy,
        Duration healthCheckInterval,
        String healthCheckPath,
        int unhealthyThreshold,
        int healthyThreshold,
        int outlierConsecutiveFailures,
        Duration outlierBaseEjection,
        Duration outlierMaxEjection,
        OutlierRateSettings outlierRates,
        int outlierMaxEjectionPercent,
        int panicThreshold,
        Duration peakEwmaDecay) {

    /** The thresholds of consecutive probe results an instance may have. */
    static final Range PROBE_THRESHOLD = new Range(1, 100);

    /** The thresholds of consecutive failures before ejection; 0 turns ejection off. */
    static final Range OUTLIER_FAILURES = new Range(0, 1_000);

    /** The percentages of instances that may be ejected at once. */
    static final Range MAX_EJECTION_PERCENT = new Range(1, 100);

    /** The panic thresholds, in percent of usable instances; 0 turns panic mode off. */
    static final Range PANIC_THRESHOLD = new Range(0, 100);

    /**
     * Round-robin, health checks of {@code /health} every 10 s (2 results to change), ejection after
     * 2 failures for 30 s up to 5 min with the rate rules off and at most half of the instances out,
     * no panic mode, a peak-EWMA decay of 2 s (Finagle and Linkerd use 10 s; see the README).
     */
    public static final LoadBalancingSettings DEFAULTS = new LoadBalancingSettings(LoadBalancingPolicy.ROUND_ROBIN,
            Duration.ofSeconds(10), "/health", 2, 2, 2, Duration.ofSeconds(30), Duration.ofMinutes(5),
            OutlierRateSettings.DEFAULTS, 50, 0, Duration.ofSeconds(2));

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the first value that is out of range
     */
    public LoadBalancingSettings {
        Objects.requireNonNull(policy, "policy");
        if (healthCheckInterval == null || healthCheckInterval.isNegative()) {
            throw new InvalidSettingException("healthCheckInterval must be zero (off) or a positive duration, but was "
                    + healthCheckInterval);
        }
        if (!isHealthCheckPath(healthCheckPath)) {
            throw new InvalidSettingException("healthCheckPath must start with '/' and hold no spaces, but was '"
                    + healthCheckPath + "'");
        }
        PROBE_THRESHOLD.require("unhealthyThreshold", unhealthyThreshold);
        PROBE_THRESHOLD.require("healthyThreshold", healthyThreshold);
        OUTLIER_FAILURES.require("outlierConsecutiveFailures", outlierConsecutiveFailures);
        Checks.requirePositive("outlierBaseEjection", outlierBaseEjection);
        Checks.requireNotShorter("outlierMaxEjection", outlierMaxEjection, "outlierBaseEjection", outlierBaseEjection);
        Objects.requireNonNull(outlierRates, "outlierRates");
        MAX_EJECTION_PERCENT.require("outlierMaxEjectionPercent", outlierMaxEjectionPercent);
        PANIC_THRESHOLD.require("panicThreshold", panicThreshold);
        Checks.requirePositive("peakEwmaDecay", peakEwmaDecay);
    }

    /**
     * How many of {@code instances} outlier detection may keep ejected at once: {@code
     * outlierMaxEjectionPercent} of them rounded down, at least one, and never all.
     */
    public int maxEjected(int instances) {
        return Math.min(instances - 1, Math.max(1, instances * outlierMaxEjectionPercent / 100));
    }

    /** Whether {@code path} can be probed: it starts with '/' and holds no spaces or control characters. */
    static boolean isHealthCheckPath(String path) {
        return path != null && path.startsWith("/") && path.chars().noneMatch(c -> c <= ' ');
    }

    /** A builder preset with the defaults. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder preset with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "{policy=" + policy.variableValue()
                + ", healthCheckInterval=" + healthCheckInterval
                + ", healthCheckPath=" + healthCheckPath
                + ", unhealthyThreshold=" + unhealthyThreshold
                + ", healthyThreshold=" + healthyThreshold
                + ", outlierConsecutiveFailures=" + outlierConsecutiveFailures
                + ", outlierBaseEjection=" + outlierBaseEjection
                + ", outlierMaxEjection=" + outlierMaxEjection
                + ", outlierRates=" + outlierRates
                + ", outlierMaxEjectionPercent=" + outlierMaxEjectionPercent
                + ", panicThreshold=" + panicThreshold
                + ", peakEwmaDecay=" + peakEwmaDecay + '}';
    }

    /** Builds {@link LoadBalancingSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private LoadBalancingPolicy policy;
        private Duration healthCheckInterval;
        private String healthCheckPath;
        private int unhealthyThreshold;
        private int healthyThreshold;
        private int outlierConsecutiveFailures;
        private Duration outlierBaseEjection;
        private Duration outlierMaxEjection;
        private OutlierRateSettings.Builder outlierRates;
        private int outlierMaxEjectionPercent;
        private int panicThreshold;
        private Duration peakEwmaDecay;

        private Builder(LoadBalancingSettings from) {
            policy = from.policy;
            healthCheckInterval = from.healthCheckInterval;
            healthCheckPath = from.healthCheckPath;
            unhealthyThreshold = from.unhealthyThreshold;
            healthyThreshold = from.healthyThreshold;
            outlierConsecutiveFailures = from.outlierConsecutiveFailures;
            outlierBaseEjection = from.outlierBaseEjection;
            outlierMaxEjection = from.outlierMaxEjection;
            outlierRates = from.outlierRates.toBuilder();
            outlierMaxEjectionPercent = from.outlierMaxEjectionPercent;
            panicThreshold = from.panicThreshold;
            peakEwmaDecay = from.peakEwmaDecay;
        }

        /** @see LoadBalancingSettings#policy() */
        public Builder policy(LoadBalancingPolicy value) {
            policy = value;
            return this;
        }

        /** @see LoadBalancingSettings#healthCheckInterval() (zero turns health checks off) */
        public Builder healthCheckInterval(Duration value) {
            healthCheckInterval = value;
            return this;
        }

        /** @see LoadBalancingSettings#healthCheckPath() */
        public Builder healthCheckPath(String value) {
            healthCheckPath = value;
            return this;
        }

        /** @see LoadBalancingSettings#unhealthyThreshold() */
        public Builder unhealthyThreshold(int value) {
            unhealthyThreshold = value;
            return this;
        }

        /** @see LoadBalancingSettings#healthyThreshold() */
        public Builder healthyThreshold(int value) {
            healthyThreshold = value;
            return this;
        }

        /** @see LoadBalancingSettings#outlierConsecutiveFailures() (zero turns ejection off) */
        public Builder outlierConsecutiveFailures(int value) {
            outlierConsecutiveFailures = value;
            return this;
        }

        /** @see LoadBalancingSettings#outlierBaseEjection() */
        public Builder outlierBaseEjection(Duration value) {
            outlierBaseEjection = value;
            return this;
        }

        /** @see LoadBalancingSettings#outlierMaxEjection() */
        public Builder outlierMaxEjection(Duration value) {
            outlierMaxEjection = value;
            return this;
        }

        /** @see LoadBalancingSettings#outlierRates() */
        public Builder outlierRates(OutlierRateSettings value) {
            outlierRates = value.toBuilder();
            return this;
        }

        /** Changes some of the rate rules, e.g. {@code outlierRates(r -> r.failurePercentage(50))}. */
        public Builder outlierRates(Consumer<OutlierRateSettings.Builder> change) {
            change.accept(outlierRates);
            return this;
        }

        /** @see LoadBalancingSettings#outlierMaxEjectionPercent() */
        public Builder outlierMaxEjectionPercent(int value) {
            outlierMaxEjectionPercent = value;
            return this;
        }

        /** @see LoadBalancingSettings#panicThreshold() (zero turns panic mode off) */
        public Builder panicThreshold(int value) {
            panicThreshold = value;
            return this;
        }

        /** @see LoadBalancingSettings#peakEwmaDecay() */
        public Builder peakEwmaDecay(Duration value) {
            peakEwmaDecay = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public LoadBalancingSettings build() {
            return new LoadBalancingSettings(policy, healthCheckInterval, healthCheckPath, unhealthyThreshold,
                    healthyThreshold, outlierConsecutiveFailures, outlierBaseEjection, outlierMaxEjection,
                    outlierRates.build(), outlierMaxEjectionPercent, panicThreshold, peakEwmaDecay);
        }
    }
}
