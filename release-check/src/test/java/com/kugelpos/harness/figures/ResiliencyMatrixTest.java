package com.kugelpos.harness.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.report.FailedTest;
import com.kugelpos.harness.report.SuiteResult;
import com.kugelpos.harness.report.TestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResiliencyMatrixTest {

    private static final String REPORT = """
            {"startedAt":"2026-12-02T01:00:00Z","scenarios":[
             {"name":"DownChaosIT · should open after exactly three connection failures and fail fast without touching provider while open",
              "passed":true,"failure":null,"durationMillis":900,"figures":{},"eventsNotKept":0,"events":[
               {"atMillis":1.0,"kind":"ATTEMPT","service":"master-data","label":"connection refused","outcome":"x","status":0,"attempt":1},
               {"atMillis":2.0,"kind":"RETRY","service":"master-data","label":"connection refused","attempt":2},
               {"atMillis":3.0,"kind":"CALL","service":"master-data","label":"ConnectionFailureException","attempt":3},
               {"atMillis":4.0,"kind":"BREAKER","service":"master-data","label":"CLOSED>OPEN"},
               {"atMillis":5.0,"kind":"CALL","service":"master-data","label":"ok","attempt":1}]},
             {"name":"LatencyChaosIT · should answer on first attempt when latency is below response timeout",
              "passed":false,"failure":"expected 1 attempt","durationMillis":500,"figures":{},"events":[]}]}
            """;

    @TempDir
    Path folder;

    @Test
    void shouldShowObservedOutcomesAndTheProvingTestsResultWhenTheChaosReportHasTheScenario() throws Exception {
        // Arrange
        Path json = folder.resolve("chaos-report.json");
        Files.writeString(json, REPORT);
        ChaosResults chaos = ChaosResults.read(json);
        SuiteResult loadBalancing = new SuiteResult("com.kugelpos.chaos.LoadBalancingEjectionChaosIT",
                new TestCounts(2, 1, 0, 0, 10), List.of(new FailedTest("com.kugelpos.chaos.LoadBalancingEjectionChaosIT",
                "shouldKeepSucceedingOnTheOtherInstanceWhenOneIsDown", "boom")));

        // Act
        List<MatrixRow> rows = ResiliencyMatrix.observe(chaos, List.of(loadBalancing));

        // Assert
        assertThat(rows).hasSize(ResiliencyMatrix.EXPECTED.size());
        assertThat(row(rows, "shouldOpenAfterExactlyThreeConnectionFailuresAndFailFastWithoutTouchingProviderWhileOpen"))
                .satisfies(row -> {
                    assertThat(row.result()).isEqualTo(MatrixRow.Result.PASSED);
                    assertThat(row.observed()).isEqualTo("2 calls (1 ConnectionFailureException, 1 ok), 1 attempts, 1 retries;"
                            + " breaker master-data: CLOSED>OPEN");
                });
        assertThat(row(rows, "shouldAnswerOnFirstAttemptWhenLatencyIsBelowResponseTimeout").result())
                .isEqualTo(MatrixRow.Result.FAILED);
        assertThat(row(rows, "shouldKeepSucceedingOnTheOtherInstanceWhenOneIsDown").result()).isEqualTo(MatrixRow.Result.FAILED);
        assertThat(row(rows, "shouldKeepSucceedingOnTheOtherInstanceWhenOneResetsItsConnections")).satisfies(row -> {
            assertThat(row.result()).isEqualTo(MatrixRow.Result.PASSED);
            assertThat(row.observed()).contains("no timeline");
        });
        assertThat(row(rows, "shouldParseFragmentedGetResponseExactlyOnFirstAttempt").result()).isEqualTo(MatrixRow.Result.NOT_RUN);
    }

    private static MatrixRow row(List<MatrixRow> rows, String method) {
        return rows.stream().filter(r -> r.expectation().testMethod().equals(method)).findFirst().orElseThrow();
    }
}
