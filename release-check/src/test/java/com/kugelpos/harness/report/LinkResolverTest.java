package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkResolverTest {

    @TempDir
    Path root;

    @Test
    void shouldFindEveryMatchWhenPatternHasWildcardFolder() throws IOException {
        // Arrange
        touch("perf-tests/target/gatling/cartsimulation-20251126/index.html");
        touch("perf-tests/target/gatling/gatewaysimulation-20251126/index.html");
        Files.createDirectories(root.resolve("perf-tests/target/gatling/empty-run"));

        // Act
        ResolvedLink link = new LinkResolver(root).resolve(
                new LinkSpec("Gatling report", "perf-tests/target/gatling/*/index.html"));

        // Assert
        assertThat(link.found()).containsExactly("perf-tests/target/gatling/cartsimulation-20251126/index.html",
                "perf-tests/target/gatling/gatewaysimulation-20251126/index.html");
    }

    @Test
    void shouldMatchFileNamesWhenLastSegmentHasWildcard() throws IOException {
        // Arrange
        touch("pacts/cart-master-data.json");
        touch("pacts/terminal-cart.json");
        touch("pacts/README.md");

        // Act
        ResolvedLink link = new LinkResolver(root).resolve(new LinkSpec("Pact files", "pacts/*.json"));

        // Assert
        assertThat(link.found()).containsExactly("pacts/cart-master-data.json", "pacts/terminal-cart.json");
    }

    @Test
    void shouldFindNothingWhenReportWasNotProduced() {
        // Act
        ResolvedLink link = new LinkResolver(root).resolve(
                new LinkSpec("Chaos timelines", "chaos-tests/target/chaos-report/index.html"));

        // Assert
        assertThat(link.found()).isEmpty();
    }

    @Test
    void shouldFindFolderWhenPatternNamesFolder() throws IOException {
        // Arrange
        touch("chaos-tests/target/failsafe-reports/TEST-x.xml");

        // Act
        ResolvedLink link = new LinkResolver(root).resolve(
                new LinkSpec("Test reports", "chaos-tests/target/failsafe-reports"));

        // Assert
        assertThat(link.found()).containsExactly("chaos-tests/target/failsafe-reports");
    }

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
