package com.kugelpos.harness.report;

/**
 * Test counts as JUnit XML reports give them: {@code tests} includes the failed, erroneous and
 * skipped ones. Immutable.
 *
 * @param tests   tests run
 * @param failures tests whose assertion failed
 * @param errors  tests that threw an unexpected exception
 * @param skipped tests not run
 * @param seconds time the tests took, as reported
 */
public record TestCounts(int tests, int failures, int errors, int skipped, double seconds) {

    /** No tests. */
    public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0);

    /** Rejects negative counts. */
    public TestCounts {
        if (tests < 0 || failures < 0 || errors < 0 || skipped < 0 || seconds < 0) {
            throw new IllegalArgumentException("test counts cannot be negative: tests=" + tests
                    + " failures=" + failures + " errors=" + errors + " skipped=" + skipped + " seconds=" + seconds);
        }
    }

    /** Tests that failed or ended in an error. */
    public int failed() {
        return failures + errors;
    }

    /** Tests that ran and passed. */
    public int passed() {
        return Math.max(0, tests - failed() - skipped);
    }

    /** The sum of both counts. */
    public TestCounts plus(TestCounts other) {
        return new TestCounts(tests + other.tests, failures + other.failures, errors + other.errors,
                skipped + other.skipped, seconds + other.seconds);
    }

    /** "12 passed, 1 failed, 2 skipped" (the skipped part only when there are any). */
    public String describe() {
        String text = passed() + " passed, " + failed() + " failed";
        return skipped > 0 ? text + ", " + skipped + " skipped" : text;
    }
}
