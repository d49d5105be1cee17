package com.kugelpos.http.config;

import java.util.Locale;

/** What a circuit breaker counts as one success or one failure. */
public enum BreakerCounting {
    /**
     * Logical calls (the default): a call that fails after all its attempts is one failure, a call
     * that succeeds on a retry is one success; so one bad request or one dead instance of several
     * cannot open the breaker of the whole service by itself.
     */
    CALLS("calls"),
    /** Every attempt on its own, retries included (the behaviour before logical-call counting). */
    ATTEMPTS("attempts");

    private final String variableValue;

    BreakerCounting(String variableValue) {
        this.variableValue = variableValue;
    }

    /** The name used in {@code CIRCUIT_BREAKER_COUNTS}: {@code calls} or {@code attempts}. */
    public String variableValue() {
        return variableValue;
    }

    /**
     * The counting named {@code text} ({@code calls} or {@code attempts}, any case).
     *
     * @throws IllegalArgumentException when no counting has that name
     */
    public static BreakerCounting fromVariableValue(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (BreakerCounting counting : values()) {
            if (counting.variableValue.equals(wanted)) {
                return counting;
            }
        }
        throw new IllegalArgumentException("no breaker counting is called '" + text + "'");
    }
}
