package com.kugelpos.contracts.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.contracts.broker.GitInfo;
import com.kugelpos.contracts.broker.PactPublisher;
import com.kugelpos.contracts.broker.VersionSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Publishes the committed pacts with pact-jvm's broker client to a broker stub on loopback and
 * checks what the stub received: every pact once, each with its own consumer's version and branch,
 * the bearer token, and nothing at all when a consumer's version is missing.
 */
class PactPublishIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path PACTS = Path.of("../pacts").toAbsolutePath().normalize();
    private static final String TOKEN = "stub-broker-token";
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void shouldPublishEachConsumerWithItsOwnVersionAndBranchWhenAllAreGiven() throws Exception {
        Map<String, String> properties = new HashMap<>();
        for (String consumer : List.of("terminal", "journal", "report", "stock")) {
            properties.put("pact.consumer." + consumer + ".version", consumer + "-1.4.2");
            properties.put("pact.consumer." + consumer + ".branch", "release/" + consumer);
        }
        properties.put(VersionSources.IN_REPO_PROPERTY, "cart");
        GitInfo detachedInPullRequest = new GitInfo(
                args -> args.contains("HEAD") ? Optional.of(COMMIT) : Optional.of(""), Map.of("GITHUB_HEAD_REF", "feature/x"));
        List<Path> pacts = committedPacts();
        try (BrokerStub broker = BrokerStub.start()) {
            new PactPublisher(broker.url().toString(), Optional.of(TOKEN),
                    new VersionSources(properties, Map.of(), detachedInPullRequest)).publish(PACTS);

            List<BrokerStub.Received> received = broker.received();
            assertThat(received.get(0).method() + " " + received.get(0).path()).isEqualTo("GET /");
            List<BrokerStub.Received> publications = received.stream()
                    .filter(request -> request.path().equals("/contracts/publish"))
                    .toList();
            assertThat(publications).hasSize(pacts.size()).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            });
            List<String> published = new ArrayList<>();
            for (BrokerStub.Received publication : publications) {
                JsonNode body = MAPPER.readTree(publication.body());
                JsonNode contract = body.path("contracts").path(0);
                JsonNode pact = MAPPER.readTree(Base64.getDecoder().decode(contract.path("content").asText()));
                String consumer = pact.path("consumer").path("name").asText();
                String file = consumer + "-" + pact.path("provider").path("name").asText() + ".json";
                published.add(file);
                assertThat(pact).isEqualTo(MAPPER.readTree(PACTS.resolve(file).toFile()));
                assertThat(body.path("pacticipantName").asText()).isEqualTo(consumer);
                assertThat(body.path("pacticipantVersionNumber").asText())
                        .isEqualTo(consumer.equals("cart") ? COMMIT : consumer + "-1.4.2");
                assertThat(body.path("branch").asText()).isEqualTo(consumer.equals("cart") ? "feature/x" : "release/" + consumer);
                assertThat(contract.path("providerName").asText()).isEqualTo(pact.path("provider").path("name").asText());
                assertThat(contract.path("specification").asText()).isEqualTo("pact");
            }
            assertThat(published).containsExactlyInAnyOrderElementsOf(
                    pacts.stream().map(path -> path.getFileName().toString()).toList());
        }
    }

    @Test
    void shouldSendNothingAndNameWhatToSetWhenAConsumerHasNoVersion() throws Exception {
        Map<String, String> properties = Map.of(
                "pact.consumer.cart.version", "1.0.0", "pact.consumer.cart.branch", "main");
        GitInfo git = new GitInfo(args -> Optional.of(COMMIT), Map.of());
        try (BrokerStub broker = BrokerStub.start()) {
            IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                    () -> new PactPublisher(broker.url().toString(), Optional.empty(),
                            new VersionSources(properties, Map.of(), git)).publish(PACTS));

            assertThat(failure.getMessage())
                    .contains("nothing was published")
                    .contains("terminal: no version; set -Dpact.consumer.terminal.version=... or PACT_CONSUMER_TERMINAL_VERSION")
                    .contains("stock: no branch")
                    .doesNotContain("cart:");
            assertThat(broker.received()).isEmpty();
        }
    }

    private static List<Path> committedPacts() throws IOException {
        try (Stream<Path> files = Files.list(PACTS)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }
}
