package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingAssertionsTest {

    @Test
    void shouldGroupAssertionsBySimulationWhenLogHoldsSeveralRuns() throws URISyntaxException {
        // Arrange
        Path log = SampleReports.folder("gatling").resolve("perf.log");

        // Act
        List<SuiteResult> suites = GatlingAssertions.read(log);

        // Assert
        assertThat(suites).extracting(SuiteResult::simpleName).containsExactly("PoolingSimulation", "TimeoutSimulation");
        assertThat(suites.get(0).counts()).isEqualTo(new TestCounts(2, 0, 0, 0, 0));
        assertThat(suites.get(1).counts()).isEqualTo(new TestCounts(3, 2, 0, 0, 0));
        assertThat(suites.get(1).failedTests()).containsExactly(
                new FailedTest("com.kugelpos.perf.gatling.simulations.TimeoutSimulation",
                        "add item [healthy]: count of failed events is 0.0", "actual: 66.0"),
                new FailedTest("com.kugelpos.perf.gatling.simulations.TimeoutSimulation",
                        "get cart (no upstream call): 99th percentile of response time is less than or equal to 500.0",
                        "actual: 732.0"));
    }

    @Test
    void shouldFindNoAssertionsWhenLogIsMissingOrHasNone() {
        // Act & Assert
        assertThat(GatlingAssertions.read(Path.of("no-such.log"))).isEmpty();
        assertThat(GatlingAssertions.parse(List.of("[INFO] BUILD SUCCESS", "Simulation x.Y started..."))).isEmpty();
    }
}
