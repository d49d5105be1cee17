package com.kugelpos.harness.report;

/** Formats whole seconds for people: "42s", "3m 05s", "1h 02m 09s". */
public final class Durations {

    private Durations() {}

    /** The duration in the shortest of the forms above; negative values count as zero. */
    public static String format(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm %02ds", s / 60, s % 60);
        }
        return String.format("%dh %02dm %02ds", s / 3600, (s % 3600) / 60, s % 60);
    }
}
