package com.kugelpos.harness.report;

/** A run description or test report that cannot be read; the message names the file and what was wrong. */
public final class ReportException extends RuntimeException {

    /** With the message that names the file and the problem. */
    public ReportException(String message) {
        super(message);
    }

    /** With the message and the underlying cause. */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
