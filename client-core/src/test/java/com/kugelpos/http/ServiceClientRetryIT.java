package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.RecordingListener;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceClientRetryIT {

    private static final String ITEM = "/api/v1/tenants/{t}/items/{code}";
    private static final String JOURNAL = "/api/v1/tenants/{t}/journals";

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldRetryAGetOn5xxUntilItSucceeds() {
        server.replyingInTurn(Reply.json(500, "{}"), Reply.json(502, "{}"), Reply.ok());
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceResponse response = clients.client("master-data").getBlocking(ITEM, item());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldStopAfterThreeAttemptsInAll() {
        server.replying(request -> Reply.json(500, "{\"message\":\"boom\"}"));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            assertThatThrownBy(() -> clients.client("master-data").getBlocking(ITEM, item()))
                    .isInstanceOfSatisfying(HttpClientError.class, error -> {
                        assertThat(error.statusCode()).isEqualTo(500);
                        assertThat(error.attempts()).isEqualTo(3);
                        assertThat(error.service()).isEqualTo("master-data");
                        assertThat(error.path()).isEqualTo(ITEM);
                        assertThat(error.responseText()).contains("boom");
                    });
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldNeverRetryA4xx() {
        server.replying(request -> Reply.json(404, "{\"message\":\"Item not found\"}"));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            assertThatThrownBy(() -> clients.client("master-data").getBlocking(ITEM, item()))
                    .isInstanceOfSatisfying(HttpClientError.class, error -> {
                        assertThat(error.statusCode()).isEqualTo(404);
                        assertThat(error.isClientError()).isTrue();
                        assertThat(error.attempts()).isEqualTo(1);
                    });
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldNotRetryAPostThatMayHaveBeenProcessedWhenItHasNoIdempotencyKey() {
        server.replying(request -> Reply.json(500, "{}"));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            assertThatThrownBy(() -> clients.client("master-data").postBlocking(JOURNAL, Map.of("amount", 1), tenant()))
                    .isInstanceOf(HttpClientError.class);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldRetryAPostWithTheSameIdempotencyKeyOnEveryAttempt() {
        server.replyingInTurn(Reply.json(500, "{}"), Reply.json(504, "{}"), Reply.json(201, "{}"));
        RequestOptions options = RequestOptions.builder().pathParams("T1").newIdempotencyKey().build();
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceResponse response = clients.client("master-data").postBlocking(JOURNAL, Map.of("amount", 1), options);

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(server.seen()).hasSize(3)
                    .extracting(seen -> seen.headers().get("Idempotency-Key"))
                    .doesNotContainNull()
                    .containsOnly(server.seen().get(0).headers().get("Idempotency-Key"));
        }
    }

    @Test
    void shouldGiveEachCallItsOwnKeyWhenOptionsAreReused() {
        RequestOptions options = RequestOptions.builder().pathParams("T1").newIdempotencyKey().build();
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            clients.client("master-data").postBlocking(JOURNAL, Map.of(), options);
            clients.client("master-data").postBlocking(JOURNAL, Map.of(), options);

            assertThat(server.seen().get(0).headers().get("Idempotency-Key"))
                    .isNotEqualTo(server.seen().get(1).headers().get("Idempotency-Key"));
        }
    }

    @Test
    void shouldRetryA503ForAPostWithoutKeyBecauseItWasNotProcessed() {
        server.replyingInTurn(Reply.json(503, "{}"), Reply.json(201, "{}"));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            assertThat(clients.client("master-data").postBlocking(JOURNAL, Map.of(), tenant()).statusCode()).isEqualTo(201);
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void shouldRetryAPostWhenTheConnectionIsRefused() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        RecordingListener listener = new RecordingListener();
        try (ServiceClients clients = Clients.against(closed, Clients.fastSettings().build()).listener(listener).build()) {
            assertThatThrownBy(() -> clients.client("master-data").postBlocking(JOURNAL, Map.of(), tenant()))
                    .isInstanceOf(ConnectionFailureException.class)
                    .hasMessageContaining("connection refused")
                    .hasMessageContaining("3 attempts");
            assertThat(listener.attempts()).hasSize(3);
        }
    }

    @Test
    void shouldWaitExactlyTheBackoffBetweenAttempts() throws Exception {
        server.replying(request -> Reply.json(500, "{}"));
        FakeTimeSource time = new FakeTimeSource();
        RecordingListener listener = new RecordingListener();
        var settings = Clients.fastSettings().retry(r -> r.backoffBase(Duration.ofMillis(200)).backoffMax(Duration.ofSeconds(5))).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings).timeSource(time).jitter(() -> 0.5).listener(listener).build()) {
            CompletableFuture<ServiceResponse> call = clients.client("master-data").get(ITEM, item());

            assertThat(listener.awaitRetry()).isEqualTo(Duration.ofMillis(150));
            time.awaitScheduled(Duration.ofMillis(150));
            time.advance(Duration.ofMillis(149));
            assertThat(server.requestCount()).isEqualTo(1);
            time.advance(Duration.ofMillis(1));
            assertThat(listener.awaitRetry()).isEqualTo(Duration.ofMillis(300));
            time.awaitScheduled(Duration.ofMillis(300));
            time.advance(Duration.ofMillis(300));

            assertThat(call).failsWithin(Duration.ofSeconds(10));
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldHonourRetryAfterSecondsExactly() throws Exception {
        server.replyingInTurn(Reply.json(503, "{}").withHeader("Retry-After", "2"), Reply.ok());
        FakeTimeSource time = new FakeTimeSource();
        RecordingListener listener = new RecordingListener();
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build())
                .timeSource(time).listener(listener).build()) {
            CompletableFuture<ServiceResponse> call = clients.client("master-data").get(ITEM, item());

            assertThat(listener.awaitRetry()).isEqualTo(Duration.ofSeconds(2));
            time.awaitScheduled(Duration.ofSeconds(2));
            time.advance(Duration.ofSeconds(2));

            assertThat(call).succeedsWithin(Duration.ofSeconds(10)).extracting(ServiceResponse::statusCode).isEqualTo(200);
        }
    }

    @Test
    void shouldHonourRetryAfterAsAnHttpDate() throws Exception {
        FakeTimeSource time = new FakeTimeSource(java.time.Instant.parse("2026-11-25T10:00:00Z"));
        server.replyingInTurn(Reply.json(429, "{}").withHeader("Retry-After", "Wed, 25 Nov 2026 10:00:03 GMT"), Reply.ok());
        RecordingListener listener = new RecordingListener();
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build())
                .timeSource(time).listener(listener).build()) {
            CompletableFuture<ServiceResponse> call = clients.client("master-data").get(ITEM, item());

            assertThat(listener.awaitRetry()).isEqualTo(Duration.ofSeconds(3));
            time.awaitScheduled(Duration.ofSeconds(3));
            time.advance(Duration.ofSeconds(3));

            assertThat(call).succeedsWithin(Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldFailAtOnceWhenRetryAfterPassesTheDeadline() {
        server.replying(request -> Reply.json(503, "{}").withHeader("Retry-After", "120"));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s.timeouts(t -> t.call(Duration.ofSeconds(5))))) {
            assertThatThrownBy(() -> clients.client("master-data").getBlocking(ITEM, item()))
                    .isInstanceOfSatisfying(HttpClientError.class, error -> assertThat(error.statusCode()).isEqualTo(503));
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    private static RequestOptions item() {
        return RequestOptions.builder().pathParams("T1", "ITEM1").build();
    }

    private static RequestOptions tenant() {
        return RequestOptions.builder().pathParams("T1").build();
    }
}
