package com.kugelpos.http.config;

import java.time.Duration;

/**
 * The duration checks the settings parts share (ranges of numbers are {@link Range}s). Each returns
 * the value it was given, or throws an {@link InvalidSettingException} that names the setting,
 * echoes the value and says what is allowed. Stateless.
 */
final class Checks {

    private Checks() {}

    /** A duration above zero. */
    static Duration requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidSettingException(name + " must be a positive duration, but was " + value);
        }
        return value;
    }

    /** A duration from zero (off) up to {@code longest}. */
    static Duration requireZeroUpTo(String name, Duration value, Duration longest) {
        if (value == null || value.isNegative() || value.compareTo(longest) > 0) {
            throw new InvalidSettingException(name + " must be a duration from zero (off) up to " + longest
                    + ", but was " + value);
        }
        return value;
    }

    /** A duration at least as long as {@code shorter}, which is named {@code shorterName}. */
    static Duration requireNotShorter(String name, Duration value, String shorterName, Duration shorter) {
        String problem = notShorterProblem(name, value, shorterName, shorter);
        if (problem != null) {
            throw new InvalidSettingException(problem);
        }
        return value;
    }

    /** What is wrong when {@code value} is shorter than {@code shorter}, or {@code null} if it is not. */
    static String notShorterProblem(String name, Duration value, String shorterName, Duration shorter) {
        return value != null && value.compareTo(shorter) >= 0 ? null
                : name + " (" + value + ") must not be shorter than " + shorterName + " (" + shorter + ")";
    }
}
