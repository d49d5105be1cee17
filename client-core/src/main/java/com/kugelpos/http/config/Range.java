package com.kugelpos.http.config;

/**
 * The whole or decimal numbers a setting allows, {@code min} to {@code max} with both included. The
 * same range checks a setting in code and the environment variable that sets it, worded with the
 * name each is known by. Immutable.
 */
record Range(long min, long max) {

    /** Any {@code int}: for a variable whose range depends on another one, checked by a {@link VariableRelation}. */
    static final Range ANY_INT = new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** What is wrong with {@code value} for the setting called {@code name}, or {@code null} if it fits. */
    String problem(String name, Number value) {
        double number = value.doubleValue();
        return number >= min && number <= max ? null
                : name + " must be between " + min + " and " + max + ", but was " + value;
    }

    /** {@code value} if it fits, or else an {@link InvalidSettingException} naming the setting and the range. */
    int require(String name, int value) {
        check(name, value);
        return value;
    }

    /** @see #require(String, int) */
    long require(String name, long value) {
        check(name, value);
        return value;
    }

    /** @see #require(String, int) */
    double require(String name, double value) {
        check(name, value);
        return value;
    }

    private void check(String name, Number value) {
        String problem = problem(name, value);
        if (problem != null) {
            throw new InvalidSettingException(problem);
        }
    }
}
