package com.kugelpos.contracts.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code mvn -pl contract-tests initialize pact:publish} as documented, configured only through
 * {@code PACT_BROKER_BASE_URL} and {@code PACT_BROKER_TOKEN}, against a broker stub on loopback,
 * and checks what reached the broker: the index first, then one publication per committed pact,
 * base64-encoded, with the git commit as version and the git branch as branch.
 */
class PactPublishIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path PACTS = MODULE.resolve("../pacts").normalize();
    private static final String TOKEN = "stub-broker-token";

    @Test
    void shouldPublishEveryCommittedPactWithGitVersionAndBranchWhenRunAgainstABroker() throws Exception {
        List<Path> pacts = committedPacts();
        try (BrokerStub broker = BrokerStub.start()) {
            runMaven(broker);

            List<BrokerStub.Received> received = broker.received();
            assertThat(received).isNotEmpty();
            assertThat(received.get(0).method() + " " + received.get(0).path()).isEqualTo("GET /");
            List<BrokerStub.Received> publications = received.stream()
                    .filter(request -> request.path().equals("/contracts/publish"))
                    .toList();
            assertThat(publications).hasSize(pacts.size()).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            });
            String commit = git("rev-parse", "HEAD");
            String branch = git("rev-parse", "--abbrev-ref", "HEAD");
            List<String> published = new ArrayList<>();
            for (BrokerStub.Received publication : publications) {
                JsonNode body = MAPPER.readTree(publication.body());
                JsonNode contract = body.path("contracts").path(0);
                JsonNode pact = MAPPER.readTree(Base64.getDecoder().decode(contract.path("content").asText()));
                String file = pact.path("consumer").path("name").asText() + "-" + pact.path("provider").path("name").asText()
                        + ".json";
                published.add(file);
                assertThat(pact).isEqualTo(MAPPER.readTree(PACTS.resolve(file).toFile()));
                assertThat(body.path("pacticipantName").asText()).isEqualTo(pact.path("consumer").path("name").asText());
                assertThat(body.path("pacticipantVersionNumber").asText()).isEqualTo(commit);
                assertThat(contract.path("providerName").asText()).isEqualTo(pact.path("provider").path("name").asText());
                assertThat(contract.path("specification").asText()).isEqualTo("pact");
                assertThat(contract.path("contentType").asText()).isEqualTo("application/json");
                if (!branch.equals("HEAD")) {
                    assertThat(body.path("branch").asText()).isEqualTo(branch);
                }
            }
            assertThat(published).containsExactlyInAnyOrderElementsOf(pacts.stream()
                    .map(path -> path.getFileName().toString()).toList());
        }
    }

    private static List<Path> committedPacts() throws IOException {
        try (Stream<Path> files = Files.list(PACTS)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void runMaven(BrokerStub broker) throws IOException, InterruptedException {
        Path log = MODULE.resolve("target/pact-publish-it.log");
        List<String> command = List.of(maven(), "-B", "-ntp", "-f", MODULE.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"), "-Denforcer.skip=true",
                "initialize", "pact:publish");
        ProcessBuilder builder = new ProcessBuilder(command).directory(MODULE.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PACT_BROKER_BASE_URL", broker.url().toString());
        builder.environment().put("PACT_BROKER_TOKEN", TOKEN);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn pact:publish did not finish in 5 minutes; see " + log);
        }
        assertThat(process.exitValue())
                .as("exit code of %s; its output:%n%s", command, Files.readString(log))
                .isZero();
    }

    private static String maven() {
        String home = System.getProperty("maven.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("maven.home is not set: run this test through Maven (mvn verify), "
                    + "which passes its own home to the tests");
        }
        return Path.of(home, "bin", "mvn").toString();
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed (install git; the module must be"
                    + " in a git work tree): " + output);
        }
        return output;
    }
}
