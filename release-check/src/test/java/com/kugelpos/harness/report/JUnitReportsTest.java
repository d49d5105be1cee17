package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitReportsTest {

    @TempDir
    Path temp;

    @Test
    void shouldCountEverySuiteWhenFoldersHoldPassingReports() throws URISyntaxException {
        // Arrange
        Path passing = SampleReports.folder("passing");

        // Act
        List<SuiteResult> suites = JUnitReports.read(List.of(passing));

        // Assert
        assertThat(suites).extracting(SuiteResult::simpleName)
                .containsExactly("CartProviderPactIT", "TerminalProviderPactIT");
        assertThat(suites.get(0).counts()).isEqualTo(new TestCounts(3, 0, 0, 0, 4.217));
        assertThat(suites.get(1).counts()).isEqualTo(new TestCounts(2, 0, 0, 1, 1002.5));
        assertThat(suites).allMatch(SuiteResult::passed);
    }

    @Test
    void shouldListFailuresAndErrorsWhenSuiteFailed() throws URISyntaxException {
        // Arrange
        Path failing = SampleReports.folder("failing");

        // Act
        SuiteResult suite = JUnitReports.read(List.of(failing)).get(0);

        // Assert
        assertThat(suite.passed()).isFalse();
        assertThat(suite.counts().failed()).isEqualTo(2);
        assertThat(suite.counts().passed()).isEqualTo(2);
        assertThat(suite.failedTests()).containsExactly(
                new FailedTest("com.kugelpos.chaos.LatencyChaosIT", "shouldOpenBreakerWhenEveryAttemptTimesOut",
                        "Expecting actual: HALF_OPEN to be equal to: OPEN"),
                new FailedTest("com.kugelpos.chaos.LatencyChaosIT", "shouldFailWithDeadlineWhenLatencyOutlastsCall",
                        "java.net.ConnectException"));
    }

    @Test
    void shouldReadNothingWhenFolderDoesNotExist() {
        // Act
        List<SuiteResult> suites = JUnitReports.read(List.of(temp.resolve("no-such-folder")));

        // Assert
        assertThat(suites).isEmpty();
    }

    @Test
    void shouldRefuseReportWhenItDeclaresDocumentType() throws IOException {
        // Arrange
        Path report = temp.resolve("TEST-Evil.xml");
        Files.writeString(report, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<testsuite name=\"&e;\" tests=\"1\"/>");

        // Act & Assert
        assertThatThrownBy(() -> JUnitReports.read(List.of(temp)))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("TEST-Evil.xml");
    }

    @Test
    void shouldNameFileWhenRootIsNotTestSuite() throws IOException {
        // Arrange
        Path report = temp.resolve("TEST-Other.xml");
        Files.writeString(report, "<testsuites><testsuite name=\"x\"/></testsuites>");

        // Act & Assert
        assertThatThrownBy(() -> JUnitReports.readSuite(report))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("TEST-Other.xml")
                .hasMessageContaining("expected <testsuite>");
    }

    @Test
    void shouldNameAttributeWhenCountIsNotNumber() throws IOException {
        // Arrange
        Path report = temp.resolve("TEST-Bad.xml");
        Files.writeString(report, "<testsuite name=\"Bad\" tests=\"many\"/>");

        // Act & Assert
        assertThatThrownBy(() -> JUnitReports.readSuite(report))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("tests=\"many\"");
    }
}
