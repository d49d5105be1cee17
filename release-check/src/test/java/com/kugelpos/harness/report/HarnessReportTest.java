package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessReportTest {

    @TempDir
    Path root;

    @Test
    void shouldWritePassingPageWhenEveryPartPassed() throws IOException, URISyntaxException {
        // Arrange
        copySamples("passing", "contract-tests/target/failsafe-reports");
        write("contract-tests/pacts/cart-master-data.json", "{}");
        Path runs = root.resolve("target/harness-report/runs");
        write("target/harness-report/runs/check.properties", "started=2025-11-26T10:00:00Z\nseconds=200\ncommand=./harness --contracts\n");
        write("target/harness-report/runs/parts/00-build.properties",
                "name=build\ntitle=Build\nstate=ran\nexitCode=0\nseconds=60\nexpectTests=false\n");
        write("target/harness-report/runs/parts/10-contracts.properties", """
                name=contracts
                title=Pact provider verification
                module=contract-tests
                state=ran
                exitCode=0
                seconds=140
                links=Pact files=contract-tests/pacts/*.json
                """);

        // Act
        ReleaseCheck check = HarnessReport.write(root, runs, root.resolve("target/harness-report"));

        // Assert
        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        assertThat(check.totals()).isEqualTo(new TestCounts(5, 0, 0, 1, 1006.717));
        String html = Files.readString(root.resolve("target/harness-report/index.html"));
        assertThat(html).contains("PASSED: 2 of 2 parts passed; tests 4 passed, 0 failed, 1 skipped")
                .contains("<a href=\"../../contract-tests/pacts/cart-master-data.json\">");
    }

    @Test
    void shouldWriteFailingPageWhenSuiteFailed() throws IOException, URISyntaxException {
        // Arrange
        copySamples("failing", "chaos-tests/target/failsafe-reports");
        Path runs = root.resolve("runs");
        write("runs/check.properties", "started=now\nseconds=90\ncommand=./harness --chaos\n");
        write("runs/parts/20-chaos.properties", "name=chaos\nmodule=chaos-tests\nstate=ran\nexitCode=1\nseconds=88\n");

        // Act
        ReleaseCheck check = HarnessReport.write(root, runs, root.resolve("out"));

        // Assert
        assertThat(check.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check.parts().get(0).reason()).isEqualTo("2 tests failed");
        assertThat(Files.readString(root.resolve("out/index.html"))).contains("shouldOpenBreakerWhenEveryAttemptTimesOut");
    }

    @Test
    void shouldNameMissingFileWhenCheckDescriptionIsAbsent() {
        // Act & Assert
        assertThatThrownBy(() -> HarnessReport.write(root, root.resolve("runs"), root.resolve("out")))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("check.properties");
    }

    private void copySamples(String sample, String target) throws IOException, URISyntaxException {
        Path to = Files.createDirectories(root.resolve(target));
        try (Stream<Path> files = Files.list(SampleReports.folder(sample))) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
