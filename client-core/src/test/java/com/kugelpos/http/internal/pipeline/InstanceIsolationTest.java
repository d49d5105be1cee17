package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.InstanceState;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.FakeTransport;
import com.kugelpos.http.testing.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One dead instance of two: its failures count against it, not against the service. Fake transport and clock. */
class InstanceIsolationTest {

    private static final String ITEM = "/api/v1/tenants/{t}/items/{code}";
    private static final URI DEAD = URI.create("http://md-a.test:8002");
    private static final URI ALIVE = URI.create("http://md-b.test:8002");

    private final FakeTimeSource time = new FakeTimeSource();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean deadIsDown = new AtomicBoolean(true);
    private final FakeTransport transport = FakeTransport.replying(request ->
            deadIsDown.get() && request.uri().getHost().equals(DEAD.getHost())
                    ? Reply.failure(new ConnectException("refused")) : Reply.json(200, "{}"));
    private final ServiceClients clients = ServiceClients.builder()
            .settings(HttpClientSettings.builder().loadBalancing(l -> l.healthCheckInterval(Duration.ZERO)
                    .outlierBaseEjection(Duration.ofSeconds(10))).build())
            .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(DEAD, ALIVE))))
            .transport(transport.factory())
            .timeSource(time)
            .jitter(() -> 0.5)
            .meterRegistry(meters)
            .build();
    private final ServiceClient client = clients.client("master-data");

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void shouldRetryARefusedConnectionOnTheOtherInstanceAtOnceAndKeepTheBreakerClosed() {
        List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(client.get(ITEM, item()));
        }

        assertThat(calls).as("no backoff: done without the clock moving (the retry runs on the I/O executor)")
                .allSatisfy(call -> assertThat(call).succeedsWithin(Duration.ofSeconds(10))
                        .matches(response -> response.statusCode() == 200));
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(transport.requests()).filteredOn(r -> r.uri().getHost().equals(DEAD.getHost()))
                .as("ejected after its first two failures").hasSize(2);
        InstanceState dead = clients.instances("master-data").get(0);
        assertThat(dead.instance()).isEqualTo(DEAD);
        assertThat(dead.isEjected()).isTrue();
        assertThat(dead.ejectedUntil()).isEqualTo(time.now().plusSeconds(10));
        assertThat(clients.instances("master-data").get(1).isUsable()).isTrue();
        assertThat(gauge(MetricNames.INSTANCE_EJECTED, DEAD)).isEqualTo(1.0);
        assertThat(gauge(MetricNames.INSTANCE_USABLE, DEAD)).isZero();
        assertThat(gauge(MetricNames.INSTANCE_USABLE, ALIVE)).isEqualTo(1.0);
    }

    @Test
    void shouldSendToTheRepairedInstanceAgainOnceItsEjectionEnds() {
        for (int i = 0; i < 4; i++) {
            client.get(ITEM, item()).join();
        }
        deadIsDown.set(false);
        time.advance(Duration.ofSeconds(10));
        int before = transport.requestCount();

        for (int i = 0; i < 4; i++) {
            client.get(ITEM, item()).join();
        }

        assertThat(transport.requests().subList(before, transport.requestCount()))
                .filteredOn(r -> r.uri().getHost().equals(DEAD.getHost())).hasSize(2);
        assertThat(clients.instances("master-data")).allSatisfy(state -> {
            assertThat(state.isUsable()).isTrue();
            assertThat(state.consecutiveFailures()).isZero();
        });
    }

    private double gauge(String name, URI instance) {
        return meters.get(name).tags("service", "master-data", "instance", instance.toString()).gauge().value();
    }

    private static RequestOptions item() {
        return RequestOptions.builder().pathParams("T1", "4901").build();
    }
}
