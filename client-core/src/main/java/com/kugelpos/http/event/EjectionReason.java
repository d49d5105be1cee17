package com.kugelpos.http.event;

import java.util.Locale;

/** Which outlier rule ejected an instance. */
public enum EjectionReason {
    /** Its attempts failed {@code outlierConsecutiveFailures} times in a row. */
    CONSECUTIVE_FAILURES,
    /** Its success rate over an interval fell too far below that of the other instances. */
    SUCCESS_RATE,
    /** Its failed attempts over an interval reached {@code outlierFailurePercentage}. */
    FAILURE_PERCENTAGE;

    /** The reason in lower case, as metrics tag it, e.g. {@code consecutive_failures}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
