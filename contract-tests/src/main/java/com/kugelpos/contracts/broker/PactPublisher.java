package com.kugelpos.contracts.broker;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Publishes the pacts of a folder to a Pact Broker, each consumer with its own version and
 * branch ({@link VersionSources}), through pact-jvm's broker client (the {@code uploadPactFile}
 * call its Maven plugin's {@code pact:publish} makes: {@code GET /}, then
 * {@code POST /contracts/publish} per pact). Every consumer's version and branch are resolved
 * before anything is sent; one missing stops the run naming what to set.
 *
 * <p>{@code mvn -B -ntp -pl contract-tests -am verify -Ppublish-pacts -DskipTests} runs it with the
 * broker of {@code PACT_BROKER_BASE_URL} (or {@code -Dpact.broker.url}) and
 * {@code PACT_BROKER_TOKEN} (or {@code -Dpact.broker.token}).
 */
public final class PactPublisher {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String brokerUrl;
    private final Optional<String> token;
    private final VersionSources versions;

    /**
     * @param brokerUrl the broker's base URL
     * @param token its bearer token, if it needs one
     * @param versions where each consumer's version and branch come from
     */
    public PactPublisher(String brokerUrl, Optional<String> token, VersionSources versions) {
        if (brokerUrl == null || brokerUrl.isBlank()) {
            throw new IllegalArgumentException("No Pact Broker given: set PACT_BROKER_BASE_URL or -Dpact.broker.url");
        }
        this.brokerUrl = brokerUrl.trim();
        this.token = token.filter(value -> !value.isBlank());
        this.versions = versions;
    }

    /**
     * Publishes the pacts of the folder given as the only argument, with the folder's git work tree
     * as this repository.
     *
     * @throws IllegalArgumentException without a folder or broker URL
     * @throws IllegalStateException when a version or branch is missing or the broker refuses a pact
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: PactPublisher <pact folder>");
        }
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        PactPublisher publisher = new PactPublisher(setting("pact.broker.url", "PACT_BROKER_BASE_URL").orElse(null),
                setting("pact.broker.token", "PACT_BROKER_TOKEN"), VersionSources.ofThisProcess(folder));
        publisher.publish(folder).forEach(System.out::println);
    }

    /**
     * Publishes every pact of {@code folder}.
     *
     * @return one line per published pact
     * @throws IllegalStateException naming every consumer without a version or branch (nothing is
     *     sent then), or the pact the broker refused
     */
    public List<String> publish(Path folder) {
        Map<String, List<Path>> byConsumer = pactsByConsumer(folder);
        if (byConsumer.isEmpty()) {
            throw new IllegalStateException("No pact files (*.json) in " + folder);
        }
        Map<String, PacticipantVersion> resolved = resolve(byConsumer.keySet().stream().toList());
        PactBrokerClient client = new PactBrokerClient(brokerUrl, options(), new PactBrokerClientConfig());
        List<String> published = new ArrayList<>();
        byConsumer.forEach((consumer, pacts) -> {
            PacticipantVersion version = resolved.get(consumer);
            for (Path pact : pacts) {
                Result<String, Exception> result = client.uploadPactFile(pact.toFile(),
                        new PublishConfiguration(version.version(), List.of(), version.branch(), null));
                if (result instanceof Result.Err) {
                    throw new IllegalStateException("The broker at " + brokerUrl + " refused " + pact.getFileName()
                            + ": " + result.errorValue());
                }
                published.add("Published " + pact.getFileName() + " as " + consumer + " " + version.version()
                        + " on branch " + version.branch());
            }
        });
        return published;
    }

    private Map<String, PacticipantVersion> resolve(List<String> consumers) {
        Map<String, PacticipantVersion> resolved = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String consumer : consumers) {
            Optional<String> version = versions.version(consumer);
            Optional<String> branch = versions.branch(consumer);
            version.ifPresentOrElse(v -> { }, () -> missing.add(consumer + ": no version; set "
                    + VersionSources.howToSet(consumer, "version")));
            branch.ifPresentOrElse(b -> { }, () -> missing.add(consumer + ": no branch; set "
                    + VersionSources.howToSet(consumer, "branch")));
            if (version.isPresent() && branch.isPresent()) {
                resolved.put(consumer, new PacticipantVersion(consumer, version.get(), branch.get()));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("nothing was published, since each consumer needs its own version and"
                    + " branch:" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", missing));
        }
        return resolved;
    }

    private Map<String, Object> options() {
        return token.<Map<String, Object>>map(value -> Map.of("authentication", List.of("bearer", value)))
                .orElse(Map.of());
    }

    private static Map<String, List<Path>> pactsByConsumer(Path folder) {
        Map<String, List<Path>> byConsumer = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                String consumer = MAPPER.readTree(file.toFile()).path("consumer").path("name").asText("");
                if (consumer.isBlank()) {
                    throw new IllegalStateException(file + " names no consumer ($.consumer.name)");
                }
                byConsumer.computeIfAbsent(consumer, name -> new ArrayList<>()).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pact folder " + folder, e);
        }
        return byConsumer;
    }

    private static Optional<String> setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
