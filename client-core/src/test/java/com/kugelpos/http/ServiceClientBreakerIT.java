package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.RecordingListener;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceClientBreakerIT {

    private static final String PATH = "/api/v1/tenants/{t}/payments/{code}";
    private static final RequestOptions PAYMENT = RequestOptions.builder().pathParams("T1", "01").build();

    private final TestServer server = new TestServer();
    private final FakeTimeSource time = new FakeTimeSource();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private ServiceClients clients() {
        return Clients.against(server.uri(), Clients.fastSettings().retry(r -> r.attempts(1)).build())
                .timeSource(time).listener(listener).build();
    }

    @Test
    void shouldOpenAfterThreeConsecutiveFailuresAndFailFastWithoutNetwork() {
        server.replying(request -> Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> client.getBlocking(PATH, PAYMENT)).isInstanceOf(HttpClientError.class);
            }
            assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);

            assertThatThrownBy(() -> client.getBlocking(PATH, PAYMENT))
                    .isInstanceOfSatisfying(CircuitBreakerOpenException.class, open -> {
                        assertThat(open.retryIn()).isEqualTo(Duration.ofSeconds(60));
                        assertThat(open.attempts()).isZero();
                    })
                    .hasMessageContaining("'master-data' is OPEN")
                    .hasMessageContaining("probe through in 60000 ms");
            assertThat(server.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldNotCountClientErrorsAsFailures() {
        server.replying(request -> Reply.json(404, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> client.getBlocking(PATH, PAYMENT)).isInstanceOf(HttpClientError.class);
            }
            assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        }
    }

    @Test
    void shouldResetTheCountOnSuccess() {
        AtomicInteger n = new AtomicInteger();
        server.replying(request -> n.incrementAndGet() % 3 == 0 ? Reply.ok() : Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 9; i++) {
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
            }
            assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        }
    }

    @Test
    void shouldProbeAfterTheOpenPeriodAndCloseOnSuccess() {
        server.replyingInTurn(Reply.json(500, "{}"), Reply.json(500, "{}"), Reply.json(500, "{}"), Reply.ok());
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 3; i++) {
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
            }

            time.advance(Duration.ofSeconds(60));
            assertThat(client.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
            assertThat(client.getBlocking(PATH, PAYMENT).statusCode()).isEqualTo(200);

            assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
            assertThat(listener.transitions()).extracting(BreakerTransitionEvent::to)
                    .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
        }
    }

    @Test
    void shouldOpenAgainWhenTheProbeFails() {
        server.replying(request -> Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 3; i++) {
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
            }
            time.advance(Duration.ofSeconds(60));

            assertThatThrownBy(() -> client.getBlocking(PATH, PAYMENT)).isNotInstanceOf(CircuitBreakerOpenException.class);

            assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
            assertThat(server.requestCount()).isEqualTo(4);
        }
    }

    @Test
    void shouldLetOnlyOneProbeThroughWhileHalfOpen() {
        server.replying(request -> request.pathAndQuery().contains("slow") ? Reply.ok().after(Duration.ofMillis(300)) : Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 3; i++) {
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
            }
            time.advance(Duration.ofSeconds(60));

            var probe = client.get("/slow", RequestOptions.none());
            assertThatThrownBy(() -> client.getBlocking("/slow", RequestOptions.none()))
                    .isInstanceOf(CircuitBreakerOpenException.class)
                    .hasMessageContaining("HALF_OPEN");

            assertThat(probe.join().statusCode()).isEqualTo(200);
            assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        }
    }

    @Test
    void shouldShareOneBreakerBetweenClientsOfTheSameService() {
        server.replying(request -> Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            for (int i = 0; i < 3; i++) {
                try (ServiceClient client = clients.client("master-data")) {
                    client.get(PATH, PAYMENT).exceptionally(e -> null).join();
                }
            }
            assertThat(clients.circuitState("master-data")).isEqualTo(CircuitState.OPEN);
        }
    }

    @Test
    void shouldFailFastWithoutTouchingTheServerWhileOpen() {
        server.replying(request -> Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 3; i++) {
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
            }
            long[] nanos = new long[10_000];
            for (int i = 0; i < nanos.length; i++) {
                long started = System.nanoTime();
                client.get(PATH, PAYMENT).exceptionally(e -> null).join();
                nanos[i] = System.nanoTime() - started;
            }
            java.util.Arrays.sort(nanos);

            System.out.printf("fail-fast while OPEN: median %.1f us, p99 %.1f us over %d calls%n",
                    nanos[nanos.length / 2] / 1000.0, nanos[nanos.length * 99 / 100] / 1000.0, nanos.length);
            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(server.acceptedConnections()).isEqualTo(1);
        }
    }

    @Test
    void shouldEndWithTheLastAttemptsFailureWhenTheBreakerCountingAttemptsOpensDuringRetries() throws Exception {
        server.replying(request -> Reply.json(500, "{}"));
        var settings = Clients.fastSettings().retry(r -> r.attempts(3))
                .breaker(b -> b.failureThreshold(2).counting(BreakerCounting.ATTEMPTS)).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings).timeSource(time).listener(listener).build()) {
            var call = clients.client("master-data").get(PATH, PAYMENT);
            for (int retry = 0; retry < 2; retry++) {
                Duration delay = listener.awaitRetry();
                time.awaitScheduled(delay);
                time.advance(delay);
            }

            assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                    .havingCause()
                    .isInstanceOfSatisfying(HttpClientError.class, error -> {
                        assertThat(error).isNotInstanceOf(CircuitBreakerOpenException.class);
                        assertThat(error.statusCode()).isEqualTo(500);
                        assertThat(error.attempts()).isEqualTo(2);
                        assertThat(error.getSuppressed()).hasAtLeastOneElementOfType(CircuitBreakerOpenException.class);
                    });
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }
}
