package com.kugelpos.harness.report;

import java.util.Locale;

/**
 * The summary the harness prints at the end: the overall verdict, one line per part with its
 * failed tests under it, the totals, and a closing {@code harness: N passed, N failed} line.
 */
public final class ConsoleSummary {

    private static final int MAX_FAILED_SHOWN = 10;

    private ConsoleSummary() {}

    /** The summary text, lines ending in {@code \n}. */
    public static String render(ReleaseCheck check, String reportLocation) {
        StringBuilder out = new StringBuilder();
        out.append("==== Release check: ").append(check.verdict() == Verdict.PASS ? "PASSED" : "FAILED")
                .append(" (").append(check.passedParts()).append(" of ").append(check.parts().size())
                .append(" parts passed, ").append(Durations.format(check.run().seconds())).append(") ====\n");
        for (PartOutcome part : check.parts()) {
            out.append(String.format(Locale.ROOT, "  %-10s %-13s %-44s %s\n", part.run().name(),
                    part.verdict().label(), part.reason(), Durations.format(part.run().seconds())));
            part.suites().stream()
                    .flatMap(suite -> suite.failedTests().stream())
                    .limit(MAX_FAILED_SHOWN)
                    .forEach(failed -> out.append("      failed: ")
                            .append(failed.suite().substring(failed.suite().lastIndexOf('.') + 1))
                            .append('.').append(failed.name()).append(": ").append(failed.message()).append('\n'));
        }
        out.append("Report: ").append(reportLocation).append('\n');
        TestCounts totals = check.totals();
        out.append("harness: ").append(totals.describe()).append('\n');
        return out.toString();
    }
}
