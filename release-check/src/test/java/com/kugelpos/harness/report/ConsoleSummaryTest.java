package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void shouldPrintVerdictPartsFailuresAndClosingCountsWhenCheckFailed() {
        // Arrange
        SuiteResult red = new SuiteResult("com.x.ResetChaosIT", new TestCounts(3, 1, 0, 0, 1),
                List.of(new FailedTest("com.x.ResetChaosIT", "shouldRetry", "expected 3 but was 1")));
        ReleaseCheck check = new ReleaseCheck(new CheckRun("now", 125, "./harness", ""), List.of(
                PartOutcome.of(PartRuns.build(0), List.of(), List.of()),
                PartOutcome.of(PartRuns.ran("chaos", 1), List.of(red), List.of())));

        // Act
        String text = ConsoleSummary.render(check, "target/harness-report/index.html");

        // Assert
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("==== Release check: FAILED (1 of 2 parts passed, 2m 05s) ====");
        assertThat(lines.get(1)).startsWith("  build      PASS          done").endsWith("1m 01s");
        assertThat(lines.get(2)).startsWith("  chaos      FAIL          1 test failed").endsWith("1m 15s");
        assertThat(lines.get(3)).isEqualTo("      failed: ResetChaosIT.shouldRetry: expected 3 but was 1");
        assertThat(lines.get(4)).isEqualTo("Report: target/harness-report/index.html");
        assertThat(lines.get(5)).isEqualTo("harness: 2 passed, 1 failed");
    }
}
