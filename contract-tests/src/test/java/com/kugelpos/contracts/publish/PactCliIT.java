package com.kugelpos.contracts.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the official {@code pact} CLI (PyPI {@code pact-python-cli}, through {@code contract-tests/pact-cli},
 * which installs the pinned version on first use) against the broker stub, and checks what it sent
 * for {@code can-i-deploy} and {@code record-deployment}.
 */
class PactCliIT {

    private static final Path SCRIPT = Path.of("pact-cli").toAbsolutePath();
    private static final String TOKEN = "stub-broker-token";

    @Test
    void shouldAskTheMatrixForTheVersionAndEnvironmentWhenCanIDeployRuns() throws Exception {
        try (BrokerStub broker = BrokerStub.start()) {
            Result result = run(broker, "broker", "can-i-deploy", "--pacticipant", "cart", "--version", "1.4.2",
                    "--to-environment", "production");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Computer says yes");
            BrokerStub.Received matrix = broker.received().stream()
                    .filter(request -> request.path().equals("/matrix")).findFirst().orElseThrow();
            assertThat(matrix.method()).isEqualTo("GET");
            assertThat(java.net.URLDecoder.decode(matrix.query(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("q[][pacticipant]=cart", "q[][version]=1.4.2", "environment=production");
            assertThat(matrix.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void shouldPostTheDeploymentToTheEnvironmentWhenRecordDeploymentRuns() throws Exception {
        try (BrokerStub broker = BrokerStub.start()) {
            Result result = run(broker, "broker", "record-deployment", "--pacticipant", "cart", "--version", "1.4.2",
                    "--environment", "production");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(broker.received()).extracting(request -> request.method() + " " + request.path())
                    .contains("GET /pacticipants/cart/versions/1.4.2",
                            "POST /pacticipants/cart/versions/1.4.2/deployed-versions/environment/env-1");
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(BrokerStub broker, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--broker-base-url", broker.url().toString(), "--broker-token", TOKEN, "--retries", "0"));
        Path log = Files.createTempFile("pact-cli", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        String version = System.getProperty("pact-cli.version");
        if (version != null && !version.isBlank()) {
            builder.environment().put("PACT_CLI_VERSION", version);
        }
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the pact CLI did not finish in 10 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }
}
