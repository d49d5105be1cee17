package com.kugelpos.http.config;

import java.time.Duration;

/**
 * The checks the settings parts share. Each returns the value it was given, or throws an {@link
 * InvalidSettingException} that names the setting, echoes the value and says what is allowed.
 * Stateless.
 */
final class Checks {

    private Checks() {}

    /** {@code value} within {@code min} and {@code max}, both included. */
    static int requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSettingException(name + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }

    /** A duration above zero. */
    static Duration requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidSettingException(name + " must be a positive duration, but was " + value);
        }
        return value;
    }

    /** A duration at least as long as {@code shorter}, which is named {@code shorterName}. */
    static Duration requireNotShorter(String name, Duration value, String shorterName, Duration shorter) {
        if (value == null || value.compareTo(shorter) < 0) {
            throw new InvalidSettingException(
                    name + " (" + value + ") must not be shorter than " + shorterName + " (" + shorter + ")");
        }
        return value;
    }
}
