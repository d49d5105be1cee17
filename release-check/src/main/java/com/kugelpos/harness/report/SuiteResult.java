package com.kugelpos.harness.report;

import java.util.List;

/**
 * The result of one test class, read from its {@code TEST-*.xml} report.
 *
 * @param name       the fully qualified test class name
 * @param counts     its counts
 * @param failedTests the tests of it that failed, in report order
 */
public record SuiteResult(String name, TestCounts counts, List<FailedTest> failedTests) {

    /** Copies the list. */
    public SuiteResult {
        failedTests = List.copyOf(failedTests);
    }

    /** The class name without its package. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Whether every test that ran passed. */
    public boolean passed() {
        return counts.failed() == 0;
    }
}
