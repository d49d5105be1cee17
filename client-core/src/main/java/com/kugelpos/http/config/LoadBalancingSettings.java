package com.kugelpos.http.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How calls are spread over the instances of a service, and how bad instances are kept out: active
 * health checks ({@code GET} of a health path at an interval, with thresholds of consecutive
 * results) and passive outlier ejection (an instance that fails {@code outlierConsecutiveFailures}
 * attempts in a row is left out for {@code outlierBaseEjection}, doubled on each ejection in a row up
 * to {@code outlierMaxEjection}). Both matter only for services with two or more instances. Build
 * with {@link #builder()}; immutable.
 */
public final class LoadBalancingSettings {

    private static final LoadBalancingSettings DEFAULTS = builder().build();

    private final LoadBalancingPolicy policy;
    private final Duration healthCheckInterval;
    private final String healthCheckPath;
    private final int unhealthyThreshold;
    private final int healthyThreshold;
    private final int outlierConsecutiveFailures;
    private final Duration outlierBaseEjection;
    private final Duration outlierMaxEjection;

    private LoadBalancingSettings(Builder builder) {
        this.policy = builder.policy;
        this.healthCheckInterval = builder.healthCheckInterval;
        this.healthCheckPath = builder.healthCheckPath;
        this.unhealthyThreshold = builder.unhealthyThreshold;
        this.healthyThreshold = builder.healthyThreshold;
        this.outlierConsecutiveFailures = builder.outlierConsecutiveFailures;
        this.outlierBaseEjection = builder.outlierBaseEjection;
        this.outlierMaxEjection = builder.outlierMaxEjection;
    }

    /** Round-robin, health checks of {@code /health} every 10 s (2 results to change), ejection after 2 failures for 30 s up to 5 min. */
    public static LoadBalancingSettings defaults() {
        return DEFAULTS;
    }

    /** A builder preset with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** How an instance is picked. */
    public LoadBalancingPolicy policy() {
        return policy;
    }

    /** Time between two rounds of health checks; zero when health checks are off. */
    public Duration healthCheckInterval() {
        return healthCheckInterval;
    }

    /** The path probed with {@code GET} on each instance, e.g. {@code /health}. */
    public String healthCheckPath() {
        return healthCheckPath;
    }

    /** Failed probes in a row that mark a healthy instance unhealthy. */
    public int unhealthyThreshold() {
        return unhealthyThreshold;
    }

    /** Successful probes in a row that mark an unhealthy instance healthy again. */
    public int healthyThreshold() {
        return healthyThreshold;
    }

    /** Failed attempts in a row that eject an instance; 0 when ejection is off. */
    public int outlierConsecutiveFailures() {
        return outlierConsecutiveFailures;
    }

    /** How long the first ejection lasts; each further ejection in a row lasts twice as long. */
    public Duration outlierBaseEjection() {
        return outlierBaseEjection;
    }

    /** The longest ejection. */
    public Duration outlierMaxEjection() {
        return outlierMaxEjection;
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
                + ", outlierMaxEjection=" + outlierMaxEjection + '}';
    }

    /** Builds {@link LoadBalancingSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private LoadBalancingPolicy policy = LoadBalancingPolicy.ROUND_ROBIN;
        private Duration healthCheckInterval = Duration.ofSeconds(10);
        private String healthCheckPath = "/health";
        private int unhealthyThreshold = 2;
        private int healthyThreshold = 2;
        private int outlierConsecutiveFailures = 2;
        private Duration outlierBaseEjection = Duration.ofSeconds(30);
        private Duration outlierMaxEjection = Duration.ofMinutes(5);

        private Builder() {}

        private Builder(LoadBalancingSettings from) {
            policy = from.policy;
            healthCheckInterval = from.healthCheckInterval;
            healthCheckPath = from.healthCheckPath;
            unhealthyThreshold = from.unhealthyThreshold;
            healthyThreshold = from.healthyThreshold;
            outlierConsecutiveFailures = from.outlierConsecutiveFailures;
            outlierBaseEjection = from.outlierBaseEjection;
            outlierMaxEjection = from.outlierMaxEjection;
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

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public LoadBalancingSettings build() {
            Objects.requireNonNull(policy, "policy");
            if (healthCheckInterval == null || healthCheckInterval.isNegative()) {
                throw new InvalidSettingException("healthCheckInterval must be zero (off) or a positive duration, but was "
                        + healthCheckInterval);
            }
            if (healthCheckPath == null || !healthCheckPath.startsWith("/") || healthCheckPath.chars().anyMatch(c -> c <= ' ')) {
                throw new InvalidSettingException("healthCheckPath must start with '/' and hold no spaces, but was '"
                        + healthCheckPath + "'");
            }
            requireRange("unhealthyThreshold", unhealthyThreshold, 1, 100);
            requireRange("healthyThreshold", healthyThreshold, 1, 100);
            requireRange("outlierConsecutiveFailures", outlierConsecutiveFailures, 0, 1_000);
            if (outlierBaseEjection == null || outlierBaseEjection.isZero() || outlierBaseEjection.isNegative()) {
                throw new InvalidSettingException("outlierBaseEjection must be a positive duration, but was "
                        + outlierBaseEjection);
            }
            if (outlierMaxEjection == null || outlierMaxEjection.compareTo(outlierBaseEjection) < 0) {
                throw new InvalidSettingException("outlierMaxEjection (" + outlierMaxEjection
                        + ") must not be shorter than outlierBaseEjection (" + outlierBaseEjection + ")");
            }
            return new LoadBalancingSettings(this);
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidSettingException(name + " must be between " + min + " and " + max + ", but was " + value);
            }
        }
    }
}
