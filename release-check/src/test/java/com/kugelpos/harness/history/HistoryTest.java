package com.kugelpos.harness.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.figures.Figure.Better;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadRunsBackOldestFirstWithTheirFiguresWhenAdded() {
        // Arrange
        History history = new History(folder.resolve("history"));

        // Act
        history.add(run("20261202T020000Z", 450));
        history.add(run("20261201T020000Z", 400));

        // Assert
        List<RunSummary> runs = history.runs();
        assertThat(runs).extracting(RunSummary::id).containsExactly("20261201T020000Z", "20261202T020000Z");
        assertThat(runs.get(1)).isEqualTo(run("20261202T020000Z", 450));
        assertThat(history.last(1)).extracting(RunSummary::id).containsExactly("20261202T020000Z");
    }

    @Test
    void shouldCompareFromTheBaselineOnWhenOneWasAccepted() {
        // Arrange
        History history = new History(folder);
        for (int day = 1; day <= 7; day++) {
            history.add(run("2026120" + day + "T020000Z", 400 + day));
        }

        // Act
        List<String> before = history.reference(5).stream().map(RunSummary::id).toList();
        String accepted = history.acceptLatest().orElseThrow();
        history.add(run("20261208T020000Z", 900));

        // Assert
        assertThat(before).containsExactly("20261203T020000Z", "20261204T020000Z", "20261205T020000Z",
                "20261206T020000Z", "20261207T020000Z");
        assertThat(accepted).isEqualTo("20261207T020000Z");
        assertThat(history.reference(5)).extracting(RunSummary::id)
                .containsExactly("20261207T020000Z", "20261208T020000Z");
    }

    @Test
    void shouldSkipAnUnreadableSummaryWhenReadingTheRuns() throws Exception {
        // Arrange
        History history = new History(folder);
        history.add(run("20261201T020000Z", 400));
        Files.writeString(folder.resolve("20261202T020000Z.json"), "{not json");

        // Act
        List<RunSummary> runs = history.runs();

        // Assert
        assertThat(runs).extracting(RunSummary::id).containsExactly("20261201T020000Z");
    }

    @Test
    void shouldHaveNoRunToAcceptWhenEmpty() {
        assertThat(new History(folder.resolve("none")).acceptLatest()).isEmpty();
    }

    private static RunSummary run(String id, double p99) {
        return new RunSummary(id, "2026-12-01T02:00:00Z", "abc1234", "PASS", 600, Map.of("chaos", "PASS"),
                List.of(new Figure("gatling.PoolingSimulation.add item.p99", p99, "ms", Better.LOWER),
                        new Figure("soak.calls", 1234, "", Better.NEITHER)));
    }
}
