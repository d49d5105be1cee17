package com.kugelpos.http;

import com.kugelpos.http.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire and into logs and metrics, seen from a real server. */
class ServiceClientWireIT {

    private static final String API_KEY = "sk-terminal-4f9a8b7c6d5e";
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZXJ2aWNlOmNhcnQifQ.c2lnbmF0dXJlLXNlY3JldA";
    private static final String PIN = "7319";
    private static final String TERMINAL = "{\"success\":true,\"code\":200,\"data\":{\"terminalId\":\"T1-S1-1\","
            + "\"apiKey\":\"" + API_KEY + "\",\"staff\":{\"staffId\":\"S01\",\"staffPin\":\"" + PIN + "\"}}}";

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldSendTheSpecsDefaultHeadersAndTheCredentials() {
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            clients.client("master-data").postBlocking("/api/v1/tenants", Map.of("tenant_id", "T1"),
                    RequestOptions.builder().credentials(Credentials.bearer(TOKEN)).query("terminal_id", "T1-S1-1").build());

            TestServer.Seen seen = server.seen().get(0);
            assertThat(seen.headers()).containsEntry("User-Agent", "kugelpos-client/1.0")
                    .containsEntry("Accept", "application/json")
                    .containsEntry("Content-Type", "application/json")
                    .containsEntry("Authorization", "Bearer " + TOKEN);
            assertThat(seen.headers().get("Accept-Encoding")).contains("gzip");
            assertThat(seen.pathAndQuery()).isEqualTo("/api/v1/tenants?terminal_id=T1-S1-1");
            assertThat(seen.body()).isEqualTo("{\"tenant_id\":\"T1\"}");
        }
    }

    @Test
    void shouldRefuseAHeaderTheJdkSetsItselfWithoutSendingRetryingOrCountingItAgainstTheBreaker() {
        try (ServiceClients clients = Clients.against(server.uri(),
                s -> s.breaker(b -> b.failureThreshold(2).counting(BreakerCounting.ATTEMPTS)))) {
            ServiceClient client = clients.client("master-data");
            RequestOptions withHost = RequestOptions.builder().header("Host", "elsewhere").build();

            for (int call = 0; call < 3; call++) {
                assertThatThrownBy(() -> client.getBlocking("/api/v1/items", withHost))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("Host").hasMessageContaining("allowRestrictedHeaders");
            }
            assertThat(server.requestCount()).isZero();

            assertThat(client.getBlocking("/api/v1/items", RequestOptions.none()).statusCode()).isEqualTo(200);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldSendThroughTheDefaultTransportOverTheCallersOwnJdkClient() {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build())
                .transport((service, settings, executor) -> Transport.jdk(own, executor)).build()) {
            ServiceResponse response = clients.client("master-data").getBlocking("/api/v1/items", RequestOptions.none());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.seen().get(0).headers()).containsEntry("Accept", "application/json")
                    .containsKey("traceparent");
        }
        assertThatThrownBy(() -> Transport.jdk(null, Runnable::run)).hasMessageContaining("http");
        assertThatThrownBy(() -> Transport.jdk(own, null)).hasMessageContaining("sends");
    }

    @Test
    void shouldAskTheTokenSupplierOnEveryAttempt() {
        server.replyingInTurn(Reply.json(503, "{}"), Reply.ok());
        int[] issued = {0};
        Credentials refreshing = Credentials.bearer(() -> "token-" + (++issued[0]));
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build()).credentials(refreshing).build()) {
            clients.client("master-data").getBlocking("/api/v1/items", RequestOptions.none());

            assertThat(server.seen()).extracting(seen -> seen.headers().get("Authorization"))
                    .containsExactly("Bearer token-1", "Bearer token-2");
        }
    }

    @Test
    void shouldDecodeAGzipResponse() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"data\":{\"itemCode\":\"ITEM1\"}}".getBytes(StandardCharsets.UTF_8));
        }
        server.replying(request -> new Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
                zipped.toByteArray(), Duration.ZERO));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceResponse response = clients.client("master-data").getBlocking("/api/v1/items/ITEM1", RequestOptions.none());

            assertThat(response.data().get("itemCode").asText()).isEqualTo("ITEM1");
        }
    }

    @Test
    void shouldMaskEverySecretInLogsEvenInDebugMode() {
        server.replying(request -> Reply.json(200, TERMINAL).withHeader("X-New-Token", TOKEN));
        try (LogCapture logs = new LogCapture(Level.DEBUG);
                ServiceClients clients = Clients.against(server.uri(), s -> s.logging(l -> l.debug(true)))) {
            clients.client("master-data").postBlocking("/api/v1/terminals/{id}/delivery-status",
                    Map.of("apiKey", API_KEY, "staffPin", PIN, "password", "hunter2-secret"),
                    RequestOptions.builder().pathParams("T1-S1-1").credentials(Credentials.apiKey(API_KEY))
                            .header("Authorization", "Bearer " + TOKEN).header("Cookie", "session=" + TOKEN)
                            .query("token", TOKEN).query("terminal_id", "T1-S1-1").build());

            String everything = logs.rendered();
            assertThat(everything).contains("HTTP POST http://127.0.0.1:").contains("- 200 (");
            assertThat(everything).contains("terminal_id=T1-S1-1").contains("****")
                    .containsIgnoringCase("x-api-key").contains("staffPin").contains("T1-S1-1");
            assertThat(everything).doesNotContain(API_KEY, TOKEN, PIN, "hunter2-secret");
        }
    }

    @Test
    void shouldKeepSecretsAndHugeBodiesOutOfExceptions() {
        String huge = "{\"message\":\"" + "x".repeat(10_000_000) + "\"}";
        server.replyingInTurn(Reply.json(400, "{\"apiKey\":\"" + API_KEY + "\",\"message\":\"bad\"}"), Reply.json(422, huge));
        try (LogCapture logs = new LogCapture(Level.INFO);
                ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");

            assertThatThrownBy(() -> client.getBlocking("/api/v1/items", RequestOptions.none()))
                    .isInstanceOfSatisfying(HttpClientError.class, error -> {
                        assertThat(error.responseText()).contains("bad").doesNotContain(API_KEY);
                        assertThat(error.getMessage()).doesNotContain(API_KEY);
                    });
            assertThatThrownBy(() -> client.getBlocking("/api/v1/items", RequestOptions.none()))
                    .isInstanceOfSatisfying(HttpClientError.class,
                            error -> assertThat(error.responseText().length()).isLessThan(2_100));
            assertThat(logs.rendered()).doesNotContain(API_KEY);
        }
    }

    @Test
    void shouldTagRequestMetricsWithThePathTemplateNotTheRawPath() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build()).meterRegistry(registry).build()) {
            ServiceClient client = clients.client("master-data");
            for (String code : new String[] {"A1", "B2", "C3"}) {
                client.getBlocking("/api/v1/tenants/{t}/items/{code}", RequestOptions.builder().pathParams("T1", code).build());
            }

            var timer = registry.get(MetricNames.REQUESTS)
                    .tags("service", "master-data", "endpoint", "/api/v1/tenants/{t}/items/{code}", "outcome", "2xx")
                    .timer();
            assertThat(timer.count()).isEqualTo(3);
            assertThat(registry.get(MetricNames.CIRCUIT_STATE).tags("service", "master-data", "state", "CLOSED").gauge().value())
                    .isEqualTo(1.0);
        }
    }
}
