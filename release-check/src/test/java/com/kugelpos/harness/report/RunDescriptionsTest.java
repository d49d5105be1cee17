package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDescriptionsTest {

    @TempDir
    Path runs;

    @Test
    void shouldReadEveryKeyWhenPartDescriptionIsComplete() throws IOException {
        // Arrange
        Path file = write("parts/20-chaos.properties", """
                name=chaos
                title=Chaos suites (Toxiproxy)
                module=chaos-tests
                state=ran
                command=mvn -B -ntp -pl chaos-tests clean verify
                exitCode=1
                seconds=312
                log=target/harness-report/logs/chaos.log
                reports=chaos-tests/target/failsafe-reports
                expectTests=true
                targets=embedded reference services
                note=
                links=Chaos timelines=chaos-tests/target/chaos-report/index.html;Test reports=chaos-tests/target/failsafe-reports
                """);

        // Act
        PartRun part = RunDescriptions.readPart(file);

        // Assert
        assertThat(part).isEqualTo(new PartRun("chaos", "Chaos suites (Toxiproxy)", "chaos-tests", RunState.RAN,
                "mvn -B -ntp -pl chaos-tests clean verify", 1, 312, "target/harness-report/logs/chaos.log",
                List.of("chaos-tests/target/failsafe-reports"), true, "embedded reference services", "",
                List.of(new LinkSpec("Chaos timelines", "chaos-tests/target/chaos-report/index.html"),
                        new LinkSpec("Test reports", "chaos-tests/target/failsafe-reports")), false));
    }

    @Test
    void shouldUseModuleReportFoldersWhenNoneListed() throws IOException {
        // Arrange
        Path file = write("parts/10-contracts.properties", "name=contracts\nmodule=contract-tests\nstate=ran\n");

        // Act
        PartRun part = RunDescriptions.readPart(file);

        // Assert
        assertThat(part.reportDirs()).containsExactly("contract-tests/target/surefire-reports",
                "contract-tests/target/failsafe-reports");
        assertThat(part.title()).isEqualTo("contracts");
        assertThat(part.expectTests()).isTrue();
    }

    @Test
    void shouldReadPartsInFileNameOrderWhenSeveralExist() throws IOException {
        // Arrange
        write("parts/30-perf.properties", "name=perf\nstate=not-available\nmodule=perf-tests\n");
        write("parts/00-build.properties", "name=build\nstate=ran\nexpectTests=false\n");
        write("parts/10-contracts.properties", "name=contracts\nstate=not-run\n");

        // Act
        List<PartRun> parts = RunDescriptions.readParts(runs);

        // Assert
        assertThat(parts).extracting(PartRun::name).containsExactly("build", "contracts", "perf");
        assertThat(parts).extracting(PartRun::state)
                .containsExactly(RunState.RAN, RunState.NOT_RUN, RunState.NOT_AVAILABLE);
        assertThat(parts.get(0).reportDirs()).isEmpty();
    }

    @Test
    void shouldNameFileAndKeyWhenRequiredKeyIsMissing() throws IOException {
        // Arrange
        Path file = write("parts/10-x.properties", "name=contracts\n");

        // Act & Assert
        assertThatThrownBy(() -> RunDescriptions.readPart(file))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("10-x.properties")
                .hasMessageContaining("'state'");
    }

    @Test
    void shouldNameValueWhenStateIsUnknown() throws IOException {
        // Arrange
        Path file = write("parts/10-x.properties", "name=contracts\nstate=maybe\n");

        // Act & Assert
        assertThatThrownBy(() -> RunDescriptions.readPart(file))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("'maybe'");
    }

    @Test
    void shouldSayHowToGetDescriptionsWhenPartsFolderIsMissing() {
        // Act & Assert
        assertThatThrownBy(() -> RunDescriptions.readParts(runs))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("run ./harness");
    }

    @Test
    void shouldReadCheckWhenDescriptionExists() throws IOException {
        // Arrange
        write("check.properties", "started=2025-11-26T10:00:00Z\nseconds=754\ncommand=./harness --chaos\ncommit=abc1234\n");

        // Act
        CheckRun check = RunDescriptions.readCheck(runs);

        // Assert
        assertThat(check).isEqualTo(new CheckRun("2025-11-26T10:00:00Z", 754, "./harness --chaos", "abc1234"));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = runs.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
