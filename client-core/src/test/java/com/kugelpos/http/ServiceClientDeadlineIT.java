package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.error.NoFreeConnectionException;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real time on purpose: the JDK client's own timers are part of what is checked. Short settings. */
class ServiceClientDeadlineIT {

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldEndASlowCallWithinItsDeadlineAndFreeItsSlot() {
        server.replying(request -> Reply.ok().after(Duration.ofSeconds(5)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        var settings = Clients.fastSettings().timeouts(t -> t.response(Duration.ofMillis(300)).call(Duration.ofMillis(800))).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings).meterRegistry(registry).build()) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> clients.client("master-data").getBlocking("/api/v1/items", RequestOptions.none()))
                    .isInstanceOf(HttpClientError.class)
                    .hasMessageContaining("response timeout");

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).isLessThan(1_500);
            assertThat(server.requestCount()).isBetween(2, 3);
            assertThat(registry.get(MetricNames.CONNECTIONS_IN_USE).gauge().value()).isZero();
        }
    }

    @Test
    void shouldReportTheDeadlineWhenAnAttemptIsCutByIt() {
        server.replying(request -> Reply.ok().after(Duration.ofSeconds(5)));
        var settings = Clients.fastSettings().timeouts(t -> t.response(Duration.ofSeconds(3)).call(Duration.ofMillis(400))).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings).build()) {
            assertThatThrownBy(() -> clients.client("master-data").getBlocking("/api/v1/items", RequestOptions.none()))
                    .isInstanceOf(DeadlineExceededException.class)
                    .hasMessageContaining("deadline of 400 ms");
        }
    }

    @Test
    void shouldCountTheWaitForAConnectionAgainstTheDeadline() {
        server.replying(request -> Reply.ok().after(Duration.ofSeconds(2)));
        var settings = Clients.fastSettings().pool(p -> p.maxConnections(1).maxKeepAlive(1))
                .timeouts(t -> t.call(Duration.ofSeconds(5))).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings).build()) {
            ServiceClient client = clients.client("master-data");
            CompletableFuture<ServiceResponse> holder = client.get("/api/v1/items");

            assertThatThrownBy(() -> client.getBlocking("/api/v1/items",
                            RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
                    .isInstanceOf(NoFreeConnectionException.class)
                    .hasMessageContaining("all 1 connections");
            assertThat(holder.join().statusCode()).isEqualTo(200);
        }
    }
}
