package com.kugelpos.http.config;

import java.util.Locale;

/** How a call picks one of a service's instances. */
public enum LoadBalancingPolicy {
    /** The instances in turn (the default). */
    ROUND_ROBIN("round-robin"),
    /** Two instances at random, and of those the one with fewer calls in flight. */
    POWER_OF_TWO_CHOICES("p2c");

    private final String variableValue;

    LoadBalancingPolicy(String variableValue) {
        this.variableValue = variableValue;
    }

    /** The name used in {@code HTTP_LOAD_BALANCER}: {@code round-robin} or {@code p2c}. */
    public String variableValue() {
        return variableValue;
    }

    /**
     * The policy named {@code text} ({@code round-robin} or {@code p2c}, any case).
     *
     * @throws IllegalArgumentException when no policy has that name
     */
    public static LoadBalancingPolicy fromVariableValue(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (LoadBalancingPolicy policy : values()) {
            if (policy.variableValue.equals(wanted)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("no load-balancing policy is called '" + text + "'");
    }
}
