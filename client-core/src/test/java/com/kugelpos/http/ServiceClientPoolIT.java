package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.testing.Clients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceClientPoolIT {

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldNeverOpenMoreThanOneHundredConnectionsUnder300ConcurrentCalls() {
        server.replying(request -> Reply.ok().after(Duration.ofMillis(100)));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                calls.add(client.get("/api/v1/items"));
            }

            ParallelCalls.all(calls).join();

            System.out.printf("300 concurrent calls: server saw max %d open connections, %d accepted%n",
                    server.maxOpenConnections(), server.acceptedConnections());
            assertThat(server.maxOpenConnections()).isLessThanOrEqualTo(100);
            assertThat(server.requestCount()).isEqualTo(300);
        }
    }

    @Test
    void shouldReuseKeepAliveConnectionsFor10000CallsAtConcurrency50() throws Exception {
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            Semaphore inFlight = new Semaphore(50);
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < 10_000; i++) {
                inFlight.acquire();
                calls.add(client.get("/api/v1/items").whenComplete((r, e) -> inFlight.release()));
            }
            ParallelCalls.all(calls).join();
            long millis = (System.nanoTime() - started) / 1_000_000;

            System.out.printf("10,000 calls at concurrency 50: %d sockets accepted, max %d open, %d ms (%.0f calls/s)%n",
                    server.acceptedConnections(), server.maxOpenConnections(), millis, 10_000 * 1000.0 / Math.max(1, millis));
            assertThat(server.acceptedConnections()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void shouldFreeEverySlotWhenCallsEnd() {
        server.replying(request -> Reply.json(500, "{}"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().build()).meterRegistry(registry).build()) {
            ServiceClient client = clients.client("master-data");
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                calls.add(client.get("/api/v1/items").exceptionally(e -> null));
            }
            ParallelCalls.all(calls).join();

            assertThat(registry.get(MetricNames.CONNECTIONS_IN_USE).tag("service", "master-data").gauge().value()).isZero();
            assertThat(registry.get(MetricNames.CONNECTIONS_WAITING).tag("service", "master-data").gauge().value()).isZero();
            assertThat(registry.get(MetricNames.RETRIES).tag("service", "master-data").counter().count()).isEqualTo(300);
        }
    }
}
