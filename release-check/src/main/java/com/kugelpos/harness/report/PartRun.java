package com.kugelpos.harness.report;

import java.util.List;

/**
 * What the harness did for one part of the release check (build, contracts, chaos, perf), as the
 * runner records it. Paths are relative to the repository root.
 *
 * @param name        short name, e.g. {@code chaos}
 * @param title       what the part checks, e.g. "Chaos suites (Toxiproxy)"
 * @param module      the Maven module it runs, empty for the build
 * @param state       whether it ran
 * @param command     the Maven command line it ran
 * @param exitCode    Maven's exit code (meaningful when it ran)
 * @param seconds     how long it took
 * @param log         its full Maven output
 * @param reportDirs  folders holding its JUnit XML reports
 * @param expectTests whether a run without tests is a failure (false for the build)
 * @param targets     the services it ran against, e.g. "embedded reference services"
 * @param note        why it did not run, or anything else to show with it
 * @param links       the reports it promises
 */
public record PartRun(String name, String title, String module, RunState state, String command, int exitCode,
                      long seconds, String log, List<String> reportDirs, boolean expectTests, String targets,
                      String note, List<LinkSpec> links) {

    /** Copies the lists. */
    public PartRun {
        reportDirs = List.copyOf(reportDirs);
        links = List.copyOf(links);
    }
}
