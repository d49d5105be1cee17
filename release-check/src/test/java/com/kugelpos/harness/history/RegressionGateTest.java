package com.kugelpos.harness.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.figures.Figure.Better;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionGateTest {

    private static final String P99 = "gatling.PoolingSimulation.add item.p99";
    private static final String THROUGHPUT = "gatling.PoolingSimulation.add item.throughput";

    @Test
    void shouldFailAndNameTheFigureWhenItRegressesPastTheMarginAgainstTheMedian() {
        // Arrange: one slow outlier in the history does not move the median
        List<RunSummary> history = List.of(run("1", 400, 700), run("2", 420, 690), run("3", 2000, 710),
                run("4", 410, 705), run("5", 430, 695));

        // Act
        GateResult result = RegressionGate.judge(List.of(p99(700), throughput(690)), history);

        // Assert
        assertThat(result.passed()).isFalse();
        assertThat(result.regressions()).singleElement().satisfies(finding -> {
            assertThat(finding.figure().name()).isEqualTo(P99);
            assertThat(finding.median()).isEqualTo(420);
            assertThat(finding.runs()).isEqualTo(5);
            assertThat(finding.change()).isEqualTo("+66.7 %");
            assertThat(finding.describe()).contains(P99, "700 ms", "median of the last 5 runs 420 ms", "+66.7 %",
                    "allowed 50 % and 25 ms higher");
        });
        assertThat(result.findings()).hasSize(2);
    }

    @Test
    void shouldFailWhenARegressedSummaryIsJudgedAgainstTheHistoryFolder(@TempDir Path folder) {
        // Arrange: three nightly runs in the history folder, then a run whose p99 doubled
        History history = new History(folder);
        history.add(run("20261201T020000Z", 400, 700));
        history.add(run("20261202T020000Z", 410, 690));
        history.add(run("20261203T020000Z", 405, 710));
        RunSummary regressed = run("20261204T020000Z", 810, 700);

        // Act
        GateResult result = RegressionGate.judge(regressed.figures(), history.reference(RegressionGate.WINDOW));

        // Assert
        assertThat(result.regressions()).singleElement().satisfies(finding -> {
            assertThat(finding.figure().name()).isEqualTo(P99);
            assertThat(finding.median()).isEqualTo(405);
            assertThat(finding.change()).isEqualTo("+100.0 %");
        });
    }

    @Test
    void shouldFailWhenThroughputDropsPastItsMargin() {
        // Arrange
        List<RunSummary> history = List.of(run("1", 400, 700), run("2", 400, 700), run("3", 400, 700));

        // Act
        GateResult result = RegressionGate.judge(List.of(p99(410), throughput(480)), history);

        // Assert
        assertThat(result.regressions()).extracting(f -> f.figure().name()).containsExactly(THROUGHPUT);
    }

    @Test
    void shouldPassWhenFiguresStayWithinTheirMarginsOrImprove() {
        // Arrange
        List<RunSummary> history = List.of(run("1", 400, 700), run("2", 420, 690), run("3", 410, 705));

        // Act
        GateResult result = RegressionGate.judge(List.of(p99(590), throughput(900)), history);

        // Assert
        assertThat(result.passed()).isTrue();
        assertThat(result.judged()).isTrue();
    }

    @Test
    void shouldNotJudgeAgainstASingleRunWhenTheHistoryIsShort() {
        // Arrange
        List<RunSummary> history = List.of(run("1", 100, 700), run("2", 100, 700));

        // Act
        GateResult result = RegressionGate.judge(List.of(p99(5000)), history);

        // Assert
        assertThat(result.judged()).isFalse();
        assertThat(result.passed()).isTrue();
        assertThat(result.referenceRuns()).isEqualTo(2);
    }

    @Test
    void shouldNotJudgeShownOnlyFiguresOrTinyAbsoluteMoves() {
        // Arrange
        List<RunSummary> history = List.of(run("1", 4, 700), run("2", 4, 700), run("3", 4, 700));
        Figure soakCalls = new Figure("soak.calls", 1, "", Better.NEITHER);

        // Act: 4 ms to 20 ms is +400 % but under the 25 ms floor
        GateResult result = RegressionGate.judge(List.of(p99(20), soakCalls), history);

        // Assert
        assertThat(result.passed()).isTrue();
        assertThat(result.findings()).extracting(f -> f.figure().name()).containsExactly(P99);
    }

    @Test
    void shouldTakeTheMeanOfTheMiddleValuesWhenTheCountIsEven() {
        assertThat(RegressionGate.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(RegressionGate.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    private static RunSummary run(String id, double p99, double throughput) {
        return new RunSummary(id, "", "", "PASS", 60, Map.of(), List.of(p99(p99), throughput(throughput)));
    }

    private static Figure p99(double value) {
        return new Figure(P99, value, "ms", Better.LOWER);
    }

    private static Figure throughput(double value) {
        return new Figure(THROUGHPUT, value, "req/s", Better.HIGHER);
    }
}
