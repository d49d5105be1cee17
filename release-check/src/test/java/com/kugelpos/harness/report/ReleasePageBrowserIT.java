package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the release page in headless Chromium (Debian's {@code chromium}) and fails if a section is
 * missing or empty in the DOM the browser built, or if the page asks for anything over the network.
 */
class ReleasePageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    @Test
    void shouldShowEverySectionWithContentWhenOpenedInHeadlessChromium() throws Exception {
        // Arrange
        assertThat(Files.isExecutable(CHROMIUM))
                .as("headless Chromium is needed at %s for this test: apt-get install chromium", CHROMIUM).isTrue();
        Path reportDir = folder.resolve("target/harness-report");
        Files.createDirectories(reportDir);
        Path page = reportDir.resolve("index.html");
        Files.writeString(page, SamplePage.render(folder, reportDir), StandardCharsets.UTF_8);

        // Act
        String dom = dumpDom(page);

        // Assert
        assertThat(dom).contains("YES — release check PASSED");
        for (String id : ReleasePage.SECTIONS) {
            Matcher section = Pattern.compile("<(section|div) id=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(dom);
            assertThat(section.find()).as("section #%s is in the page", id).isTrue();
            assertThat(section.group(2).replaceAll("<[^>]+>", "").strip()).as("section #%s has content", id).isNotEmpty();
        }
        assertThat(dom).contains("<svg class=\"chart\"", "PoolingSimulation", "LoopbackBenchmark.call", "master-data");
        assertThat(dom).doesNotContain("http://", "https://");
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()));
        Path out = folder.resolve("dom.html");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(folder.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not print the page within " + TIMEOUT_SECONDS + " s");
        }
        assertThat(process.exitValue()).as("chromium's exit code; its log: %s",
                Files.readString(folder.resolve("chromium.log"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
