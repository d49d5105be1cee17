package com.kugelpos.chaos.report;

/**
 * One thing that happened in a chaos scenario, at {@code atMillis} after the scenario started.
 *
 * @param atMillis when it happened (for an attempt: when it ended), in milliseconds since the start
 * @param kind what happened
 * @param service the service called, or null for faults and phases
 * @param label a short text: the fault toggled, the phase, the failure reason or the new breaker state
 * @param attempt the attempt number (1 = first try), or 0 when not about an attempt
 * @param status the HTTP status of an attempt, or 0 when it got no response
 * @param millis how long the attempt or call took, or the delay of a scheduled retry
 */
public record TimelineEvent(
        double atMillis, Kind kind, String service, String label, int attempt, int status, double millis) {

    /** The kinds of events a scenario records. */
    public enum Kind {
        /** An attempt ended; it started {@code millis} earlier. */
        ATTEMPT,
        /** A retry was scheduled {@code millis} ahead. */
        RETRY,
        /** A logical call ended; {@code attempt} holds the attempts sent, {@code label} the failure type or "ok". */
        CALL,
        /** The breaker changed state; {@code label} is {@code FROM>TO}. */
        BREAKER,
        /** A fault was switched on or off through Toxiproxy. */
        FAULT,
        /** The scenario moved to a new phase (before, during, after the fault). */
        PHASE
    }

    /** The label of a successful call. */
    public static final String OK = "ok";

    /** When the attempt started (its end minus its duration); {@link #atMillis()} for other kinds. */
    public double startMillis() {
        return kind == Kind.ATTEMPT ? atMillis - millis : atMillis;
    }

    /** The outcome class of an attempt: {@code ok}, {@code 4xx}, {@code 5xx}, or the failure family. */
    public String outcome() {
        if (status >= 500) {
            return "5xx";
        }
        if (status >= 400) {
            return "4xx";
        }
        if (status > 0) {
            return OK;
        }
        return failureFamily(label);
    }

    /** The breaker state this transition moved to; only for {@link Kind#BREAKER}. */
    public String breakerTo() {
        return label.substring(label.indexOf('>') + 1);
    }

    private static String failureFamily(String reason) {
        String text = reason == null ? "" : reason;
        if (text.contains("timeout")) {
            return "timeout";
        }
        if (text.contains("refused")) {
            return "refused";
        }
        if (text.contains("reset")) {
            return "reset";
        }
        if (text.contains("truncated") || text.contains("closed")) {
            return "truncated";
        }
        return "io-error";
    }
}
