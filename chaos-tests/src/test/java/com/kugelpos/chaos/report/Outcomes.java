package com.kugelpos.chaos.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The colours of attempt and call outcomes, shared by the chart and its legend. */
final class Outcomes {

    /** Attempt outcome ({@link TimelineEvent#outcome()}) to colour, in legend order. */
    static final Map<String, String> ATTEMPT_COLOURS = new LinkedHashMap<>();
    /** A call that failed fast on the open breaker, without any attempt. */
    static final String FAIL_FAST = "#9e9e9e";
    /** A call that failed after its attempts. */
    static final String CALL_FAILED = "#b71c1c";

    static {
        ATTEMPT_COLOURS.put(TimelineEvent.OK, "#2e9e44");
        ATTEMPT_COLOURS.put("4xx", "#8d6e63");
        ATTEMPT_COLOURS.put("5xx", "#ef6c00");
        ATTEMPT_COLOURS.put("timeout", "#d62728");
        ATTEMPT_COLOURS.put("refused", "#7b1fa2");
        ATTEMPT_COLOURS.put("reset", "#c2185b");
        ATTEMPT_COLOURS.put("truncated", "#1565c0");
        ATTEMPT_COLOURS.put("io-error", "#455a64");
    }

    private Outcomes() {}

    /** The colour of an attempt outcome. */
    static String colour(String outcome) {
        return ATTEMPT_COLOURS.getOrDefault(outcome, "#000000");
    }

    /** The colour of a call's end: green when it succeeded, grey when it failed fast, dark red otherwise. */
    static String callColour(TimelineEvent call) {
        if (TimelineEvent.OK.equals(call.label())) {
            return colour(TimelineEvent.OK);
        }
        return isFailFast(call) ? FAIL_FAST : CALL_FAILED;
    }

    /** Whether a call ended on the open breaker without sending anything. */
    static boolean isFailFast(TimelineEvent call) {
        return call.attempt() == 0 && "CircuitBreakerOpenException".equals(call.label());
    }

    /** The colour of a breaker state's background band. */
    static String stateBackground(String state) {
        return switch (state) {
            case "OPEN" -> "#ffcdd2";
            case "HALF_OPEN" -> "#ffecb3";
            default -> "#dcedc8";
        };
    }
}
