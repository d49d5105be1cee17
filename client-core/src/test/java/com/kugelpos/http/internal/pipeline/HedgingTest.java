package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.HedgeEvent;
import com.kugelpos.http.event.RetryEvent;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.FakeTransport;
import com.kugelpos.http.testing.RecordingListener;
import com.kugelpos.http.testing.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hedging through the public API, on a fake transport and clock: after 100 warm-up calls of 10 ms,
 * a call whose attempt hangs gets a second attempt on another instance at the warm-up's 98th
 * percentile (10 ms, read as its bucket's upper bound), and the first answer wins.
 */
class HedgingTest {

    private static final String ITEM = "/api/v1/tenants/T1/items/{code}";
    private static final URI A = URI.create("http://md-a.test:8002");
    private static final URI B = URI.create("http://md-b.test:8002");
    private static final URI C = URI.create("http://md-c.test:8002");
    private static final Duration WARM_LATENCY = Duration.ofMillis(10);
    /** 10 ms rounded up to its latency bucket: 10,485,759 ns. */
    private static final Duration HEDGE_DELAY = Duration.ofNanos(10_485_759);

    private final FakeTimeSource time = new FakeTimeSource();
    private final RecordingListener events = new RecordingListener();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger hangingNext = new AtomicInteger();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private volatile boolean warming = true;
    private final FakeTransport transport = FakeTransport.replying(request -> {
        String host = request.uri().getHost();
        if (hangingNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Reply.never();
        }
        if (refusing.contains(host)) {
            return Reply.failure(new ConnectException("refused"));
        }
        if (warming) {
            time.advance(WARM_LATENCY);
        }
        return Reply.json(200, "{\"from\":\"" + host + "\"}");
    });
    private ServiceClients clients;

    @AfterEach
    void tearDown() {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void shouldSendAHedgeToAnotherInstanceAtTheRecentHighPercentileAndTakeTheFirstAnswer() {
        ServiceClient client = warmedUp(hedgingOn(), A, B, C);
        hangingNext.set(1);
        double budgetBefore = budget();

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item().build());
        URI slow = URI.create("http://" + transport.lastRequest().uri().getAuthority());
        assertThat(call).isNotDone();
        time.advance(HEDGE_DELAY.minusNanos(1));
        assertThat(call).as("not hedged before the delay").isNotDone();
        time.advance(Duration.ofNanos(1));

        URI fast = URI.create("http://" + transport.lastRequest().uri().getAuthority());
        assertThat(fast).isNotEqualTo(slow);
        assertThat(call).isCompletedWithValueMatching(response -> response.bodyText().contains(fast.getHost()));
        assertThat(events.events(HedgeEvent.class)).singleElement().satisfies(hedge -> {
            assertThat(hedge.attempt()).isEqualTo(2);
            assertThat(hedge.delay()).isEqualTo(HEDGE_DELAY);
        });
        assertThat(transport.cancelledCount()).as("the slower attempt is aborted").isEqualTo(1);
        assertThat(events.events(AttemptEvent.class)).filteredOn(e -> e.outcome() == AttemptOutcome.CANCELLED)
                .singleElement().satisfies(lost -> {
                    assertThat(lost.instance()).isEqualTo(slow);
                    assertThat(lost.failureReason()).isEqualTo(LogicalCall.LOST_TO_HEDGE);
                });
        assertThat(budget()).as("a hedge takes a retry").isEqualTo(budgetBefore - 1);
        assertThat(clients.instances("master-data")).allSatisfy(i -> assertThat(i.inFlight()).isZero());
    }

    @Test
    void shouldWaitForTheOtherAttemptWhenOneFailsAndDecideOnRetryByTheLast() {
        ServiceClient client = warmedUp(hedgingOn(), A, B, C);
        hangingNext.set(2);
        CompletableFuture<ServiceResponse> call = client.get(ITEM, item().build());
        time.advance(HEDGE_DELAY);
        assertThat(transport.requestCount()).isEqualTo(102);

        time.advance(Duration.ofSeconds(30).minus(HEDGE_DELAY));
        assertThat(call).as("the first attempt timed out; the hedge is still under way").isNotDone();
        assertThat(events.events(RetryEvent.class)).isEmpty();

        time.advance(HEDGE_DELAY);
        assertThat(events.events(RetryEvent.class)).as("the hedge timed out too: now the call retries")
                .singleElement().satisfies(retry -> assertThat(retry.nextAttempt()).isEqualTo(3));
        time.advance(Duration.ofSeconds(5));

        assertThat(call).isCompletedWithValueMatching(response -> response.statusCode() == 200);
        assertThat(transport.requestCount()).isEqualTo(103);
    }

    @Test
    void shouldHedgeAKeyedPostButNotAnUnkeyedOne() {
        ServiceClient client = warmedUp(hedgingOn(), A, B, C);
        hangingNext.set(1);
        client.post(ITEM, Map.of("a", 1), item().build());
        time.advance(Duration.ofSeconds(1));
        assertThat(events.events(HedgeEvent.class)).as("unkeyed POST").isEmpty();

        hangingNext.set(1);
        client.post(ITEM, Map.of("a", 1), item().idempotencyKey("sale-1").build());
        time.advance(Duration.ofSeconds(1));
        assertThat(events.events(HedgeEvent.class)).as("keyed POST").hasSize(1);
    }

    @Test
    void shouldNeverHedgeWhenHedgingIsOff() {
        ServiceClient client = warmedUp(HttpClientSettings.defaults(), A, B, C);
        hangingNext.set(1);
        long tasksBefore = time.pendingTasks();

        client.get(ITEM, item().build());
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
        assertThat(time.pendingTasks()).as("only the attempt's own bound is scheduled").isEqualTo(tasksBefore + 1);
    }

    @Test
    void shouldNotHedgeWithoutAnotherUsableInstance() {
        ServiceClient client = warmedUp(hedgingOn(), A);
        hangingNext.set(1);

        client.get(ITEM, item().build());
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
        assertThat(transport.requestCount()).isEqualTo(101);
    }

    @Test
    void shouldNotHedgeBeforeEnoughLatenciesAreKnown() {
        clients = clients(hedgingOn(), A, B);
        ServiceClient client = clients.client("master-data");
        for (int i = 0; i < Hedging.MIN_SAMPLES - 1; i++) {
            assertThat(client.get(ITEM, item().build())).isCompleted();
        }
        warming = false;
        hangingNext.set(2);

        client.get(ITEM, item().build());
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
    }

    @Test
    void shouldAbortBothAttemptsWhenTheCallIsCancelled() {
        ServiceClient client = warmedUp(hedgingOn(), A, B, C);
        hangingNext.set(3);
        CompletableFuture<ServiceResponse> call = client.get(ITEM, item().build());
        time.advance(HEDGE_DELAY);

        call.cancel(true);

        assertThat(transport.cancelledCount()).isEqualTo(2);
        assertThat(clients.instances("master-data")).allSatisfy(i -> assertThat(i.inFlight()).isZero());
    }

    @Test
    void shouldNotHedgeWhenTheDeadlineEndsFirst() {
        ServiceClient client = warmedUp(hedgingOn(), A, B, C);
        hangingNext.set(1);

        client.get(ITEM, item().timeout(HEDGE_DELAY).build());
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
    }

    @Test
    void shouldNotHedgeOntoAnInstanceThatRefusesConnectionsOnceItIsEjected() {
        ServiceClient client = warmedUp(hedgingOn(), A, B);
        refusing.add(B.getHost());
        for (int i = 0; i < 4; i++) {
            assertThat(client.get(ITEM, item().build())).as("retried on A at once").succeedsWithin(Duration.ofSeconds(10));
        }
        assertThat(clients.instances("master-data").get(1).isEjected()).isTrue();
        hangingNext.set(1);
        int before = transport.requestCount();

        client.get(ITEM, item().build());
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
        assertThat(transport.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void shouldNotHedgeTheProbeOfAHalfOpenBreaker() {
        ServiceClient client = warmedUp(hedgingOn().with(s -> s.loadBalancing(l -> l.outlierConsecutiveFailures(0))),
                A, B, C);
        refusing.addAll(List.of(A.getHost(), B.getHost(), C.getHost()));
        for (int i = 0; i < 3; i++) {
            CompletableFuture<ServiceResponse> failing = client.get(ITEM, item().build());
            time.advance(Duration.ofSeconds(5));
            assertThat(failing).failsWithin(Duration.ofSeconds(10));
        }
        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
        refusing.clear();
        time.advance(Duration.ofSeconds(60));
        hangingNext.set(1);

        client.get(ITEM, item().build());
        assertThat(client.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
        time.advance(Duration.ofSeconds(1));

        assertThat(events.events(HedgeEvent.class)).isEmpty();
    }

    private ServiceClient warmedUp(HttpClientSettings settings, URI... instances) {
        clients = clients(settings, instances);
        ServiceClient client = clients.client("master-data");
        for (int i = 0; i < Hedging.MIN_SAMPLES; i++) {
            assertThat(client.get(ITEM, item().build())).isCompleted();
        }
        warming = false;
        return client;
    }

    private ServiceClients clients(HttpClientSettings settings, URI... instances) {
        return ServiceClients.builder()
                .settings(settings.with(s -> s.loadBalancing(l -> l.healthCheckInterval(Duration.ZERO))))
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(instances))))
                .transport(transport.factory())
                .timeSource(time)
                .jitter(() -> 0.5)
                .listener(events)
                .meterRegistry(meters)
                .build();
    }

    private double budget() {
        return meters.get(MetricNames.RETRY_BUDGET_AVAILABLE).tag("service", "master-data").gauge().value();
    }

    private static HttpClientSettings hedgingOn() {
        return HttpClientSettings.defaults().with(s -> s.retry(r -> r.hedging(h -> h.enabled(true))));
    }

    private static RequestOptions.Builder item() {
        return RequestOptions.builder().pathParams("4901234567890");
    }
}
