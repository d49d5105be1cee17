package com.kugelpos.harness.report;

import java.util.Locale;

/** Whether the harness ran a part, as its run description says. */
public enum RunState {
    /** The part's Maven run took place; its exit code and reports decide the verdict. */
    RAN,
    /** The part's module is not in this checkout. */
    NOT_AVAILABLE,
    /** The part was selected but not run, e.g. because the build failed. */
    NOT_RUN;

    /**
     * Parses {@code ran}, {@code not-available} or {@code not-run}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static RunState parse(String text) {
        for (RunState state : values()) {
            if (state.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return state;
            }
        }
        throw new IllegalArgumentException("state must be ran, not-available or not-run, got '" + text + "'");
    }

    /** The form used in run descriptions, e.g. {@code not-available}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
