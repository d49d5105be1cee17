package com.kugelpos.reference.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference services answer like the upstream Kugelpos services: each sample under
 * {@code src/test/resources/upstream-samples/} is a request and the response upstream gives it,
 * written from upstream's routers, response schemas, schema transformers and exception handlers
 * (named in the sample's {@code source}); the reference service's answer must have its status and
 * shape ({@link ResponseShape}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamConformanceIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SAMPLES = "/upstream-samples";

    private ReferenceServices services;

    @BeforeAll
    void start() {
        services = ReferenceServices.start();
    }

    @AfterAll
    void stop() {
        services.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldAnswerLikeUpstream(String name) throws IOException {
        JsonNode sample = read(name);
        Http client = authenticated(Http.to(services.url(Service.byName(sample.path("service").asText()))),
                sample.path("auth").asText());
        String path = sample.path("path").asText();
        Http.Reply reply = sample.path("method").asText().equals("GET") ? client.get(path)
                : client.header("Content-Type", "application/json")
                        .post(path, MAPPER.writeValueAsString(sample.path("requestBody")));

        assertThat(reply.status()).as("%s: status of %s (%s)", name, path, reply.body())
                .isEqualTo(sample.path("status").asInt());
        Set<String> optional = new HashSet<>();
        sample.path("optional").forEach(entry -> optional.add(entry.asText()));
        assertThat(ResponseShape.mismatches(sample.path("body"), reply.json(), optional))
                .as("%s differs from upstream (%s); answer: %s", name, sample.path("source").asText(), reply.body())
                .isEmpty();
    }

    Stream<String> samples() throws IOException, URISyntaxException {
        URL folder = UpstreamConformanceIT.class.getResource(SAMPLES);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".json")).map(file -> file.substring(0, file.length() - 5))
                    .sorted().toList();
            return names.stream();
        }
    }

    private Http authenticated(Http client, String auth) {
        return switch (auth) {
            case "apiKey" -> client.apiKey();
            case "unknownApiKey" -> client.header("X-API-KEY", "unknown-api-key");
            case "serviceToken" -> client.bearer(services.tokens().serviceToken("report", "T1"));
            case "userTokenT2" -> client.bearer(services.tokens().userToken("T2", "admin", true));
            default -> throw new IllegalArgumentException("unknown auth '" + auth + "' in a sample");
        };
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = UpstreamConformanceIT.class.getResourceAsStream(SAMPLES + "/" + name + ".json")) {
            return MAPPER.readTree(in);
        }
    }
}
