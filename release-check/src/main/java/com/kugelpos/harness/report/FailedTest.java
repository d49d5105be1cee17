package com.kugelpos.harness.report;

/**
 * One test that failed or ended in an error, as its JUnit XML report names it.
 *
 * @param suite   the test class
 * @param name    the test method (with its display name where JUnit adds one)
 * @param message the failure message on one line (whitespace collapsed, at most 240 characters), or the
 *                exception type when there is none
 */
public record FailedTest(String suite, String name, String message) {
}
