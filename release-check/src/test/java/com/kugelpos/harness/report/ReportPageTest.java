package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static final Path ROOT = Path.of("/repo");
    private static final ReportPage PAGE = new ReportPage(new Hrefs(ROOT, ROOT.resolve("target/harness-report")));
    private static final CheckRun RUN = new CheckRun("2025-11-26T10:00:00Z", 754, "./harness", "abc1234");

    @Test
    void shouldPutVerdictAndSummaryTableBeforePartSectionsWhenRendering() {
        // Arrange
        ReleaseCheck check = new ReleaseCheck(RUN, List.of(
                PartOutcome.of(PartRuns.build(0), List.of(), List.of()),
                PartOutcome.of(PartRuns.ran("chaos", 0), List.of(suite("com.x.LatencyChaosIT", 4)), List.of())));

        // Act
        String html = PAGE.render(check);

        // Assert
        int verdict = html.indexOf("<div class=\"verdict pass\">PASSED: 2 of 2 parts passed; tests 4 passed, 0 failed</div>");
        int summary = html.indexOf("<table class=\"summary\">");
        int firstSection = html.indexOf("<section id=\"part-build\">");
        assertThat(verdict).isPositive();
        assertThat(summary).isGreaterThan(verdict);
        assertThat(firstSection).isGreaterThan(summary);
        assertThat(html).contains("<title>Release check: PASSED</title>", "abc1234", "12m 34s",
                "<td title=\"com.x.LatencyChaosIT\">LatencyChaosIT</td>");
    }

    @Test
    void shouldLinkReportsRelativeToPageWhenTheyExist() {
        // Arrange
        LinkSpec chaosReport = new LinkSpec("Chaos timelines", "chaos-tests/target/chaos-report/index.html");
        LinkSpec gatling = new LinkSpec("Gatling report", "perf-tests/target/gatling/*/index.html");
        ReleaseCheck check = new ReleaseCheck(RUN, List.of(PartOutcome.of(PartRuns.ran("chaos", 0),
                List.of(suite("com.x.A", 1)), List.of(
                        new ResolvedLink(chaosReport, List.of("chaos-tests/target/chaos-report/index.html")),
                        new ResolvedLink(gatling, List.of())))));

        // Act
        String html = PAGE.render(check);

        // Assert
        assertThat(html).contains("<a href=\"../../chaos-tests/target/chaos-report/index.html\">Chaos timelines</a>")
                .contains("<span class=\"missing\">not produced (perf-tests/target/gatling/*/index.html)</span>")
                .contains("<a href=\"../../logs/chaos.log\">");
    }

    @Test
    void shouldShowFailedTestsAndFailBannerWhenPartFailed() {
        // Arrange
        SuiteResult red = new SuiteResult("com.x.ResetChaosIT", new TestCounts(2, 1, 0, 0, 1),
                List.of(new FailedTest("com.x.ResetChaosIT", "shouldRetry", "expected <3> but was <1>")));
        ReleaseCheck check = new ReleaseCheck(RUN, List.of(PartOutcome.of(PartRuns.ran("chaos", 1), List.of(red),
                List.of()), PartOutcome.of(PartRuns.notRan("perf", RunState.NOT_AVAILABLE, ""), List.of(), List.of())));

        // Act
        String html = PAGE.render(check);

        // Assert
        assertThat(html).contains("<div class=\"verdict fail\">FAILED: 0 of 2 parts passed")
                .contains("<tr class=\"ko\">")
                .contains("<code>ResetChaosIT.shouldRetry</code>: expected &lt;3&gt; but was &lt;1&gt;")
                .contains("<span class=\"badge not_available\">NOT AVAILABLE</span>")
                .contains("module perf-tests is not in this checkout");
    }

    private static SuiteResult suite(String name, int tests) {
        return new SuiteResult(name, new TestCounts(tests, 0, 0, 0, 1.5), List.of());
    }
}
