package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartOutcomeTest {

    private static final SuiteResult GREEN = new SuiteResult("com.x.GreenIT", new TestCounts(5, 0, 0, 1, 2.0), List.of());
    private static final SuiteResult RED = new SuiteResult("com.x.RedIT", new TestCounts(3, 1, 1, 0, 2.0),
            List.of(new FailedTest("com.x.RedIT", "a", "boom"), new FailedTest("com.x.RedIT", "b", "bang")));

    @Test
    void shouldPassWhenMavenSucceededAndEveryTestPassed() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.ran("chaos", 0), List.of(GREEN), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.reason()).isEqualTo("4 passed, 0 failed, 1 skipped");
    }

    @Test
    void shouldFailWithCountWhenTestsFailed() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.ran("chaos", 1), List.of(GREEN, RED), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.reason()).isEqualTo("2 tests failed");
        assertThat(outcome.totals()).isEqualTo(new TestCounts(8, 1, 1, 1, 4.0));
    }

    @Test
    void shouldFailWhenMavenFailedThoughNoTestFailed() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.ran("perf", 1), List.of(GREEN), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.reason()).contains("Maven exited with 1");
    }

    @Test
    void shouldFailWhenNoTestsRan() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.ran("contracts", 0), List.of(), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.reason()).isEqualTo("no tests ran");
    }

    @Test
    void shouldFailWhenRequiredReportWasNotProduced() {
        // Arrange
        ResolvedLink gatling = new ResolvedLink(new LinkSpec("Gatling reports", "perf-tests/target/gatling/*/index.html",
                true), List.of());
        ResolvedLink optional = new ResolvedLink(new LinkSpec("Extra", "perf-tests/target/extra"), List.of());

        // Act
        PartOutcome missing = PartOutcome.of(PartRuns.ran("perf", 0), List.of(GREEN), List.of(gatling));
        PartOutcome onlyOptionalMissing = PartOutcome.of(PartRuns.ran("perf", 0), List.of(GREEN), List.of(optional));

        // Assert
        assertThat(missing.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(missing.reason()).isEqualTo("Gatling reports not produced (perf-tests/target/gatling/*/index.html)");
        assertThat(onlyOptionalMissing.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldPassBuildWithoutTestsWhenItSucceeded() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.build(0), List.of(), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.reason()).isEqualTo("done");
    }

    @Test
    void shouldNameModuleWhenPartIsNotAvailable() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.notRan("perf", RunState.NOT_AVAILABLE, ""), List.of(), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_AVAILABLE);
        assertThat(outcome.reason()).isEqualTo("module perf-tests is not in this checkout");
    }

    @Test
    void shouldGiveNoteWhenPartDidNotRun() {
        // Act
        PartOutcome outcome = PartOutcome.of(PartRuns.notRan("chaos", RunState.NOT_RUN, "the build failed"),
                List.of(), List.of());

        // Assert
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(outcome.reason()).isEqualTo("the build failed");
    }

    @Test
    void shouldFailCheckWhenAnyPartIsNotAvailable() {
        // Arrange
        ReleaseCheck check = new ReleaseCheck(new CheckRun("now", 10, "./harness", ""), List.of(
                PartOutcome.of(PartRuns.ran("chaos", 0), List.of(GREEN), List.of()),
                PartOutcome.of(PartRuns.notRan("perf", RunState.NOT_AVAILABLE, ""), List.of(), List.of())));

        // Act & Assert
        assertThat(check.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check.passedParts()).isEqualTo(1);
    }

    @Test
    void shouldPassCheckWhenEveryPartPassed() {
        // Arrange
        ReleaseCheck check = new ReleaseCheck(new CheckRun("now", 10, "./harness", ""), List.of(
                PartOutcome.of(PartRuns.build(0), List.of(), List.of()),
                PartOutcome.of(PartRuns.ran("chaos", 0), List.of(GREEN), List.of())));

        // Act & Assert
        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        assertThat(check.totals().passed()).isEqualTo(4);
    }
}
