package com.kugelpos.harness.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code ./harness} script with options it must answer or refuse before building anything:
 * the script hands them to the Java entry point, which keeps the options and exit codes of the release check.
 */
class HarnessScriptIT {

    // the first run compiles the entry point with javac; a loaded 2-core machine needs the margin
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void shouldPrintUsageWhenAskedForHelp() throws Exception {
        // Act
        Result result = run("--help");

        // Assert
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("Usage: ./harness [--contracts] [--chaos] [--perf]",
                "--provider-url SERVICE=URL", "target/harness-report/index.html");
    }

    @Test
    void shouldRefuseOptionWhenItIsUnknown() throws Exception {
        // Act
        Result result = run("--fast");

        // Assert
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown option '--fast'", "./harness --help");
    }

    @Test
    void shouldRefuseProviderUrlWhenSelectedPartCannotTakeUrls() throws Exception {
        // Act
        Result result = run("--chaos", "--provider-url", "cart=http://127.0.0.1:8003");

        // Assert
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("the chaos part cannot run against services given by URL");
    }

    @Test
    void shouldRefuseProviderUrlWhenServiceIsUnknownOrUrlIsNotHttp() throws Exception {
        // Act
        Result unknownService = run("--contracts", "--provider-url", "billing=http://127.0.0.1:9000");
        Result notHttp = run("--contracts", "--provider-url=cart=ftp://127.0.0.1/cart");

        // Assert
        assertThat(unknownService.exitCode()).isEqualTo(2);
        assertThat(unknownService.output()).contains("unknown service 'billing'", "master-data");
        assertThat(notHttp.exitCode()).isEqualTo(2);
        assertThat(notHttp.output()).contains("'ftp://127.0.0.1/cart' for cart is not an http:// or https:// URL");
    }

    private static Result run(String... options) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("harness.repository.root")).resolve("harness").normalize();
        assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./harness " + String.join(" ", options) + " did not end within "
                    + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
