package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.balancing.EndpointSet;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.LoadBalancingPolicy;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls spread over two instances of master-data, each a real Jetty server. */
class LoadBalancingIT {

    private static final String PATH = "/api/v1/items";
    /** A failure whose retry is due at once, so the fake clock need not move for it. */
    private static final Reply UNAVAILABLE = Reply.json(503, "{\"success\":false}").withHeader("Retry-After", "0");

    /** The defaults without health checks, so that only calls reach the servers. */
    private static final LoadBalancingSettings NO_CHECKS =
            LoadBalancingSettings.builder().healthCheckInterval(Duration.ZERO).build();

    private final TestServer first = new TestServer();
    private final TestServer second = new TestServer();
    private final FakeTimeSource time = new FakeTimeSource();

    @AfterEach
    void tearDown() throws Exception {
        first.close();
        second.close();
    }

    private ServiceClients clients(LoadBalancingSettings balancing) {
        HttpClientSettings settings = Clients.fastSettings().loadBalancing(balancing).build();
        return ServiceClients.builder()
                .settings(settings)
                .timeSource(time)
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(first.uri(), second.uri()))))
                .build();
    }

    @Test
    void shouldSpreadCallsEvenlyWhenRoundRobin() {
        try (ServiceClients clients = clients(NO_CHECKS)) {
            ServiceClient client = clients.client("master-data");

            for (int i = 0; i < 10; i++) {
                client.getBlocking(PATH, RequestOptions.none());
            }

            assertThat(first.requestCount()).isEqualTo(5);
            assertThat(second.requestCount()).isEqualTo(5);
        }
    }

    @Test
    void shouldKeepCallsSucceedingAndTheBreakerClosedWhenOneInstanceFails() {
        first.replying(request -> UNAVAILABLE);
        try (ServiceClients clients = clients(NO_CHECKS)) {
            ServiceClient client = clients.client("master-data");

            for (int i = 0; i < 20; i++) {
                assertThat(client.getBlocking(PATH, RequestOptions.none()).statusCode()).isEqualTo(200);
            }

            assertThat(clients.circuitState("master-data")).isEqualTo(CircuitState.CLOSED);
            assertThat(first.requestCount()).as("ejected after 2 failures, for 30 s of fake time").isEqualTo(2);
            assertThat(second.requestCount()).isEqualTo(20);
        }
    }

    @Test
    void shouldSendCallsToTheEjectedInstanceAgainAfterTheEjection() {
        first.replyingInTurn(UNAVAILABLE, UNAVAILABLE, Reply.ok());
        try (ServiceClients clients = clients(NO_CHECKS)) {
            ServiceClient client = clients.client("master-data");
            for (int i = 0; i < 4; i++) {
                client.getBlocking(PATH, RequestOptions.none());
            }
            int before = first.requestCount();

            time.advance(Duration.ofSeconds(30));
            for (int i = 0; i < 4; i++) {
                client.getBlocking(PATH, RequestOptions.none());
            }

            assertThat(before).isEqualTo(2);
            assertThat(first.requestCount()).isEqualTo(4);
        }
    }

    @Test
    void shouldFavourTheLessBusyInstanceWhenPowerOfTwoChoices() {
        LoadBalancingSettings p2c = NO_CHECKS.toBuilder().policy(LoadBalancingPolicy.POWER_OF_TWO_CHOICES).build();
        try (ServiceClients clients = clients(p2c)) {
            ServiceClient client = clients.client("master-data");
            EndpointSet endpoints = client.channel().endpointSet();
            Endpoint busy = endpoints.all().get(0);
            endpoints.attemptStarted(busy); // as if a slow call were still in flight

            for (int i = 0; i < 10; i++) {
                client.getBlocking(PATH, RequestOptions.none());
            }

            assertThat(first.requestCount()).isZero();
            assertThat(second.requestCount()).isEqualTo(10);
            assertThat(endpoints.all().get(1).inFlight()).isZero();
        }
    }

    @Test
    void shouldStopSendingToAnInstanceWhoseHealthChecksFail() throws Exception {
        first.replying(request -> request.pathAndQuery().equals("/health") ? Reply.json(503, "{}") : Reply.ok());
        LoadBalancingSettings checks = LoadBalancingSettings.builder()
                .healthCheckInterval(Duration.ofSeconds(5)).unhealthyThreshold(2).build();
        try (ServiceClients clients = clients(checks)) {
            ServiceClient client = clients.client("master-data");
            var checker = client.channel().healthChecker().orElseThrow();

            checker.probeAll().join();
            checker.probeAll().join();
            for (int i = 0; i < 6; i++) {
                client.getBlocking(PATH, RequestOptions.none());
            }

            assertThat(first.seen()).extracting(TestServer.Seen::pathAndQuery).containsOnly("/health");
            assertThat(second.requestCount()).isEqualTo(2 + 6);
        }
    }
}
