package com.kugelpos.http.config;

import java.time.Duration;

/**
 * A rule between two environment variables that neither can check alone, such as a longest backoff
 * that must not be shorter than the first. It is checked once every variable is parsed, and its
 * error names both variables. Stateless.
 */
@FunctionalInterface
interface VariableRelation {

    /** The error message when the variables do not fit together, or {@code null} when they do. */
    String problem(Values values);

    /** The longer duration must not be shorter than the shorter one; blames the longer one. */
    static VariableRelation notShorter(String longer, String shorter) {
        return values -> {
            String problem = Checks.notShorterProblem(longer, (Duration) values.value(longer),
                    shorter, (Duration) values.value(shorter));
            return problem == null ? null : values.blame(longer, problem);
        };
    }

    /**
     * A set {@code variable} lies between {@code min} and {@code limit}'s value; an unset one is
     * derived from the limit and always fits.
     */
    static VariableRelation atMost(String variable, long min, String limit) {
        return values -> {
            if (!values.isSet(variable)) {
                return null;
            }
            long max = ((Number) values.value(limit)).longValue();
            String problem = new Range(min, max).problem(variable, (Number) values.value(variable));
            return problem == null ? null : values.blame(variable, problem);
        };
    }

    /** {@code variable} is set only together with {@code required}, which holds {@code what}. */
    static VariableRelation requires(String variable, String required, String what) {
        return values -> values.isSet(variable) && !values.isSet(required)
                ? variable + " is set but " + required + " is not; set " + required + " to " + what
                        + " or remove " + variable
                : null;
    }

    /** What the loader knows of the variables once it has parsed them. */
    interface Values {

        /** Whether the variable is set (and not blank). */
        boolean isSet(String name);

        /** The variable's parsed value, or its default when it is not set. */
        Object value(String name);

        /**
         * {@code problem} blamed on the variable: with its text when it is set, or else saying that its
         * default applies.
         */
        String blame(String name, String problem);
    }
}
