package com.kugelpos.harness.report;

/** The verdict on one part, and on the release check as a whole. */
public enum Verdict {
    /** Ran, and every test passed. */
    PASS,
    /** Ran and failed: a non-zero exit code, a failed test, or no tests where tests were expected. */
    FAIL,
    /** Its module is not in this checkout. */
    NOT_AVAILABLE,
    /** Selected but not run. */
    NOT_RUN;

    /** How the report shows it, e.g. "NOT AVAILABLE". */
    public String label() {
        return name().replace('_', ' ');
    }
}
