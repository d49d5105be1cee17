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
    void shouldNeverHaveMoreThanOneHundredRequestsInFlightUnder300ConcurrentCalls() {
        server.replying(request -> Reply.ok().after(Duration.ofMillis(100)));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                calls.add(client.get("/api/v1/items"));
            }

            ParallelCalls.all(calls).join();

            System.out.printf("300 concurrent calls: server worked on at most %d requests at once; max %d open connections,"
                    + " %d accepted%n", server.maxRequestsInFlight(), server.maxOpenConnections(), server.acceptedConnections());
            assertThat(server.maxRequestsInFlight()).isEqualTo(100);
            // Sockets: the 100 in use, plus idle ones the JDK is still closing because its keep-alive
            // pool (20, JVM-wide) overflowed while new connections opened.
            assertThat(server.maxOpenConnections()).isLessThanOrEqualTo(100 + 20);
            assertThat(server.requestCount()).isEqualTo(300);
        }
    }

    @Test
    void shouldReuseKeepAliveConnectionsWhenConcurrencyStaysWithinTheKeepAliveCap() throws Exception {
        long accepted = runCalls(10_000, 20);

        assertThat(accepted).isLessThanOrEqualTo(40);
    }

    @Test
    void shouldStillReuseMostConnectionsAtConcurrency50() throws Exception {
        long accepted = runCalls(10_000, 50);

        assertThat(accepted).isLessThan(2_500);
    }

    @Test
    void shouldKeepAtMostTwentyIdleConnectionsAfterABurst() throws Exception {
        server.replying(request -> Reply.ok().after(Duration.ofMillis(50)));
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(client.get("/api/v1/items"));
            }
            ParallelCalls.all(calls).join();

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (server.openConnections() > 20 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            System.out.printf("after a burst of 100: %d connections stay open (max %d during the burst)%n",
                    server.openConnections(), server.maxOpenConnections());
            assertThat(server.maxOpenConnections()).isGreaterThan(20);
            assertThat(server.openConnections()).isLessThanOrEqualTo(20);
        }
    }

    private long runCalls(int total, int concurrency) throws InterruptedException {
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            Semaphore inFlight = new Semaphore(concurrency);
            List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < total; i++) {
                inFlight.acquire();
                calls.add(client.get("/api/v1/items").whenComplete((r, e) -> inFlight.release()));
            }
            ParallelCalls.all(calls).join();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("%,d calls at concurrency %d: %d sockets accepted, max %d open, %d ms (%.0f calls/s)%n",
                    total, concurrency, server.acceptedConnections(), server.maxOpenConnections(), millis,
                    total * 1000.0 / Math.max(1, millis));
            return server.acceptedConnections();
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
            assertThat(registry.get(MetricNames.RETRIES).tag("service", "master-data").counter().count()).isPositive();
        }
    }
}
