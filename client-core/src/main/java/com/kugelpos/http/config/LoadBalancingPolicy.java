package com.kugelpos.http.config;

import java.util.Locale;

/** How a call picks one of a service's instances. */
public enum LoadBalancingPolicy {
    /** The instances in turn (the default). */
    ROUND_ROBIN("round-robin"),
    /** Two instances at random, and of those the one with fewer calls in flight. */
    POWER_OF_TWO_CHOICES("p2c"),
    /**
     * Two instances at random, and of those the one with the lower cost: its peak-sensitive moving
     * average of attempt latency (per attempt that was in flight with it) times its attempts in
     * flight plus one (Finagle's and Linkerd's peak EWMA), so a slow instance is left almost alone
     * after a few of its answers.
     */
    PEAK_EWMA("peak-ewma");

    private final String variableValue;

    LoadBalancingPolicy(String variableValue) {
        this.variableValue = variableValue;
    }

    /** The name used in {@code HTTP_LOAD_BALANCER}: {@code round-robin}, {@code p2c} or {@code peak-ewma}. */
    public String variableValue() {
        return variableValue;
    }

    /**
     * The policy named {@code text} ({@code round-robin}, {@code p2c} or {@code peak-ewma}, any case).
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
