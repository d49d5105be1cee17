package com.kugelpos.harness.report;

import com.kugelpos.harness.figures.GatlingAssertions;
import com.kugelpos.harness.figures.ReleaseFigures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The release check's result: every part's outcome and the overall verdict, which is
 * {@link Verdict#PASS} only when every selected part passed.
 *
 * @param run   the run as a whole
 * @param parts the parts in the order they ran
 */
public record ReleaseCheck(CheckRun run, List<PartOutcome> parts) {

    /** Copies the list; a check needs at least one part. */
    public ReleaseCheck {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a release check needs at least one part");
        }
    }

    /**
     * Reads each part's reports under {@code root} and decides its verdict.
     *
     * @throws ReportException if a report cannot be read
     */
    public static ReleaseCheck evaluate(CheckRun run, List<PartRun> partRuns, Path root) {
        LinkResolver resolver = new LinkResolver(root);
        List<PartOutcome> outcomes = new ArrayList<>();
        for (PartRun part : partRuns) {
            List<SuiteResult> suites = new ArrayList<>();
            if (part.state() == RunState.RAN) {
                suites.addAll(JUnitReports.read(part.reportDirs().stream().map(root::resolve).toList()));
                if (part.name().equals("perf")) {
                    suites.addAll(GatlingAssertions.suites(GatlingAssertions.read(root.resolve(ReleaseFigures.GATLING_DIR))));
                }
            }
            List<ResolvedLink> links = part.links().stream().map(resolver::resolve).toList();
            outcomes.add(PartOutcome.of(part, suites, links));
        }
        return new ReleaseCheck(run, outcomes);
    }

    /** PASS when every part passed, else FAIL. */
    public Verdict verdict() {
        return parts.stream().allMatch(part -> part.verdict() == Verdict.PASS) ? Verdict.PASS : Verdict.FAIL;
    }

    /** The counts of every part's tests together. */
    public TestCounts totals() {
        TestCounts sum = TestCounts.NONE;
        for (PartOutcome part : parts) {
            sum = sum.plus(part.totals());
        }
        return sum;
    }

    /** How many parts passed. */
    public long passedParts() {
        return parts.stream().filter(part -> part.verdict() == Verdict.PASS).count();
    }
}
