package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.error.LoadShedException;
import com.kugelpos.http.event.LoadShedEvent;
import com.kugelpos.http.event.ShedReason;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportResponse;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.FakeTransport;
import com.kugelpos.http.testing.RecordingListener;
import com.kugelpos.http.testing.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adaptive concurrency and throttling through the public API, on a fake transport and clock. */
class OverloadStageTest {

    private static final String ITEM = "/api/v1/items";

    private final FakeTimeSource time = new FakeTimeSource();
    private final RecordingListener events = new RecordingListener();
    private final AtomicBoolean hanging = new AtomicBoolean(true);
    private final AtomicBoolean overloaded = new AtomicBoolean();
    private final FakeTransport transport = FakeTransport.replying(request -> overloaded.get() ? Reply.status(503)
            : hanging.get() ? Reply.never() : Reply.json(200, "{}"));
    private ServiceClients clients;

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void shouldShedLowPriorityCallsFirstWhenTheLimitFillsAndSendNothingForThem() {
        ServiceClient client = client(s -> s.overload(o -> o.adaptiveLimit(true).initialLimit(10).minLimit(4)
                .lowPriorityPercent(50)));
        List<CompletableFuture<ServiceResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(client.get(ITEM, RequestOptions.builder().priority(CallPriority.LOW).build()));
        }

        CompletableFuture<ServiceResponse> shedLow = client.get(ITEM,
                RequestOptions.builder().priority(CallPriority.LOW).build());
        for (int i = 0; i < 5; i++) {
            calls.add(client.get(ITEM));
        }
        CompletableFuture<ServiceResponse> shedHigh = client.get(ITEM);

        assertThat(transport.requestCount()).as("5 low (half of 10) and 5 high").isEqualTo(10);
        assertThat(shedLow).failsWithin(Duration.ZERO).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(LoadShedException.class)
                .withMessageContaining("low priority")
                .withMessageContaining("adaptive concurrency limit of 5");
        assertThat(shedHigh).isCompletedExceptionally();
        assertThat(calls).allSatisfy(call -> assertThat(call).isNotDone());
        assertThat(events.events(LoadShedEvent.class)).extracting(LoadShedEvent::priority)
                .containsExactly(CallPriority.LOW, CallPriority.HIGH);
        assertThat(clients.concurrencyLimit("master-data")).hasValue(10);
    }

    @Test
    void shouldLetAHighPriorityCallOverTheLimitWaitForTheNextPlaceAndSendItThen() {
        List<CompletableFuture<TransportResponse>> exchanges = new ArrayList<>();
        ServiceClient client = client(s -> s.overload(o -> o.adaptiveLimit(true).initialLimit(4).minLimit(4)),
                keptOpen(exchanges));
        CompletableFuture<ServiceResponse> first = client.get(ITEM);
        time.advance(Duration.ofMillis(30));
        exchanges.get(0).complete(ok());
        assertThat(first).isCompleted();
        for (int i = 0; i < 4; i++) {
            client.get(ITEM);
        }

        CompletableFuture<ServiceResponse> waiting = client.get(ITEM);
        CompletableFuture<ServiceResponse> cancelled = client.get(ITEM);
        assertThat(exchanges).as("the limit of 4 is full: both wait").hasSize(5);
        cancelled.cancel(true);
        exchanges.get(1).complete(ok());

        assertThat(exchanges).as("the first waiter took the place").hasSize(6);
        exchanges.get(5).complete(ok());
        assertThat(waiting).isCompleted();
        assertThat(events.events(LoadShedEvent.class)).isEmpty();
    }

    @Test
    void shouldShedAHighPriorityCallThatFindsNoPlaceWithinTheRecentLatency() {
        List<CompletableFuture<TransportResponse>> exchanges = new ArrayList<>();
        ServiceClient client = client(s -> s.overload(o -> o.adaptiveLimit(true).initialLimit(4).minLimit(4)),
                keptOpen(exchanges));
        client.get(ITEM);
        time.advance(Duration.ofMillis(30));
        exchanges.get(0).complete(ok());
        for (int i = 0; i < 4; i++) {
            client.get(ITEM);
        }

        CompletableFuture<ServiceResponse> waiting = client.get(ITEM);
        time.advance(Duration.ofMillis(30));

        assertThat(waiting).failsWithin(Duration.ZERO).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(LoadShedException.class)
                .withMessageContaining("adaptive concurrency limit of 4");
        assertThat(exchanges).hasSize(5);
    }

    /** A transport whose exchanges stay open until the test completes them. */
    private static Transport.Factory keptOpen(List<CompletableFuture<TransportResponse>> exchanges) {
        return (service, settings, executor) -> request -> {
            CompletableFuture<TransportResponse> exchange = new CompletableFuture<>();
            exchanges.add(exchange);
            return exchange;
        };
    }

    private static TransportResponse ok() {
        return TransportResponse.of(200, Map.of("Content-Type", List.of("application/json")),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldThrottleMostAttemptsWhileTheServiceRejectsEverything() {
        hanging.set(false);
        overloaded.set(true);
        ServiceClient client = client(s -> s.overload(o -> o.throttling(true))
                .retry(r -> r.attempts(1)).breaker(b -> b.failureThreshold(1000)));

        for (int i = 0; i < 200; i++) {
            client.get(ITEM);
        }

        long throttled = events.events(LoadShedEvent.class).stream()
                .filter(e -> e.reason() == ShedReason.THROTTLED).count();
        assertThat(transport.requestCount() + throttled).isEqualTo(200);
        assertThat(throttled).as("the rejected share nears 1 - 1/(requests + 1)").isGreaterThan(150);
        assertThat(clients.concurrencyLimit("master-data")).as("the limit does not adapt").isEmpty();
    }

    @Test
    void shouldLeaveTheChainAsItWasWhenOverloadProtectionIsOff() {
        ServiceClient client = client(s -> { });
        for (int i = 0; i < 50; i++) {
            client.get(ITEM, RequestOptions.builder().priority(CallPriority.LOW).build());
        }

        assertThat(transport.requestCount()).isEqualTo(50);
        assertThat(events.events(LoadShedEvent.class)).isEmpty();
    }

    private ServiceClient client(Consumer<HttpClientSettings.Builder> change) {
        return client(change, transport.factory());
    }

    private ServiceClient client(Consumer<HttpClientSettings.Builder> change, Transport.Factory transports) {
        clients = ServiceClients.builder()
                .settings(HttpClientSettings.defaults().with(change))
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(URI.create("http://md.test:8002")))))
                .transport(transports)
                .timeSource(time)
                .listener(events)
                .build();
        return clients.client("master-data");
    }
}
