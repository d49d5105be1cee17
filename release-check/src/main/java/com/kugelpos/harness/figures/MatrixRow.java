package com.kugelpos.harness.figures;

/**
 * One row of the resiliency matrix with what the run observed.
 *
 * @param expectation the expected behaviour and its test
 * @param result      the test's result
 * @param observed    what the chaos report recorded: calls by outcome, attempts, retries, breaker transitions
 */
public record MatrixRow(Expectation expectation, Result result, String observed) {

    /** The proving test's result in this run. */
    public enum Result {
        /** It passed. */
        PASSED,
        /** It failed. */
        FAILED,
        /** It did not run (the chaos part was not selected or the test is missing). */
        NOT_RUN
    }
}
