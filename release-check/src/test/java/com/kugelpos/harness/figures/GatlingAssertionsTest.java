package com.kugelpos.harness.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.report.SuiteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingAssertionsTest {

    private static final String INDEX = """
            <table id="container_assertions" class="statistics-in extensible-geant"><tbody>
            <tr>
              <td class="error-col-1 ok total">
                add item: 99th percentile of response time is less than 10000.0
                <span class="value" style="display:none">0</span>
              </td>
              <td class="error-col-2 value ok total">OK</td>
            </tr>
            <tr>
              <td class="error-col-1 ko total">
                add item [slow, breaker open]: 75th percentile of response time is less than or equal to 250.0
                <span class="value" style="display:none">1</span>
              </td>
              <td class="error-col-2 value ko total">KO</td>
            </tr>
            </tbody></table>
            """;

    @TempDir
    Path gatling;

    @Test
    void shouldReadEveryAssertionWithItsResultWhenReportsAreWritten() throws Exception {
        // Arrange
        Path report = Files.createDirectories(gatling.resolve("timeoutsimulation-20261202011356780"));
        Files.writeString(report.resolve("index.html"), INDEX);
        Files.createDirectories(gatling.resolve("latency"));

        // Act
        List<GatlingAssertion> assertions = GatlingAssertions.read(gatling);
        List<SuiteResult> suites = GatlingAssertions.suites(assertions);

        // Assert
        assertThat(assertions).containsExactly(
                new GatlingAssertion("timeoutsimulation", "add item: 99th percentile of response time is less than 10000.0", true),
                new GatlingAssertion("timeoutsimulation",
                        "add item [slow, breaker open]: 75th percentile of response time is less than or equal to 250.0", false));
        assertThat(assertions.get(1).subject()).isEqualTo("add item [slow, breaker open]");
        assertThat(assertions.get(0).of("TimeoutSimulation")).isTrue();
        assertThat(suites).singleElement().satisfies(suite -> {
            assertThat(suite.counts().tests()).isEqualTo(2);
            assertThat(suite.counts().failed()).isEqualTo(1);
            assertThat(suite.failedTests().get(0).name()).startsWith("add item [slow, breaker open]");
        });
    }

    @Test
    void shouldFindNoAssertionsWhenTheFolderIsMissing() {
        assertThat(GatlingAssertions.read(gatling.resolve("none"))).isEmpty();
    }
}
