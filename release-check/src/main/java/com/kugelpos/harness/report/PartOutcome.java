package com.kugelpos.harness.report;

import java.util.List;

/**
 * The verdict on one part with what it rests on: the run, its test suites and its report links.
 *
 * @param run     what the harness did
 * @param suites  the test classes it ran, from their JUnit XML reports
 * @param links   its report links with the files found
 * @param verdict the verdict
 * @param reason  one line saying why, e.g. "2 tests failed" or "no tests ran"
 */
public record PartOutcome(PartRun run, List<SuiteResult> suites, List<ResolvedLink> links, Verdict verdict,
                          String reason) {

    /** Copies the lists. */
    public PartOutcome {
        suites = List.copyOf(suites);
        links = List.copyOf(links);
    }

    /**
     * Decides the verdict: a part that ran passes when Maven exited with 0, no test failed, at least
     * one test ran where tests are expected, and every required report was produced.
     */
    public static PartOutcome of(PartRun run, List<SuiteResult> suites, List<ResolvedLink> links) {
        TestCounts totals = total(suites);
        return switch (run.state()) {
            case NOT_AVAILABLE -> new PartOutcome(run, suites, links, Verdict.NOT_AVAILABLE,
                    run.note().isBlank() ? "module " + run.module() + " is not in this checkout" : run.note());
            case NOT_RUN -> new PartOutcome(run, suites, links, Verdict.NOT_RUN,
                    run.note().isBlank() ? "not run" : run.note());
            case RAN -> ranOutcome(run, suites, links, totals);
        };
    }

    private static PartOutcome ranOutcome(PartRun run, List<SuiteResult> suites, List<ResolvedLink> links,
                                          TestCounts totals) {
        if (totals.failed() > 0) {
            return new PartOutcome(run, suites, links, Verdict.FAIL,
                    totals.failed() + (totals.failed() == 1 ? " test failed" : " tests failed"));
        }
        if (run.exitCode() != 0) {
            return new PartOutcome(run, suites, links, Verdict.FAIL,
                    "Maven exited with " + run.exitCode() + "; see the log");
        }
        if (run.expectTests() && totals.tests() == 0) {
            return new PartOutcome(run, suites, links, Verdict.FAIL, "no tests ran");
        }
        for (ResolvedLink link : links) {
            if (link.spec().required() && link.found().isEmpty()) {
                return new PartOutcome(run, suites, links, Verdict.FAIL,
                        link.spec().label() + " not produced (" + link.spec().pattern() + ")");
            }
        }
        return new PartOutcome(run, suites, links, Verdict.PASS,
                run.expectTests() ? totals.describe() : "done");
    }

    /** The counts of all its suites together. */
    public TestCounts totals() {
        return total(suites);
    }

    private static TestCounts total(List<SuiteResult> suites) {
        TestCounts sum = TestCounts.NONE;
        for (SuiteResult suite : suites) {
            sum = sum.plus(suite.counts());
        }
        return sum;
    }
}
