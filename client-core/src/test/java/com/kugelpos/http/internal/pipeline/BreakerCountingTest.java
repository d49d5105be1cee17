package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.ClientEventListener;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the breaker counts (logical calls by default, attempts on request, 4xx neutral) and what a
 * cancelled call frees, on a fake transport and a fake clock.
 */
class BreakerCountingTest {

    private static final String ITEM = "/api/v1/tenants/{t}/items/{code}";
    private static final Duration OPEN = Duration.ofSeconds(60);

    private final FakeTimeSource time = new FakeTimeSource();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ServiceClients clients;

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void shouldCountAPoisonCallOfThreeFailedAttemptsAsOneFailure() {
        ServiceClient client = client(FakeTransport.replying(request -> Reply.status(500)), s -> s);

        failCall(client);
        assertThat(client.circuitState()).as("one call of 3 failed attempts").isEqualTo(CircuitState.CLOSED);
        failCall(client);
        failCall(client);

        assertThat(client.circuitState()).as("three failed calls in a row").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void shouldCountACallThatSucceedsOnARetryAsASuccess() {
        FakeTransport transport = FakeTransport.inTurn(Reply.status(500), Reply.status(500), Reply.status(500),
                Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(503), Reply.json(200, "{}"),
                Reply.status(500), Reply.status(500), Reply.status(500));
        ServiceClient client = client(transport, s -> s);

        failCall(client);
        failCall(client);
        CompletableFuture<ServiceResponse> retried = client.get(ITEM, item());
        time.advance(Duration.ofMillis(150));
        assertThat(retried.join().statusCode()).isEqualTo(200);
        failCall(client);

        assertThat(client.circuitState()).as("the success reset the run of failed calls").isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldLeaveTheRunOfFailuresAsItWasAfterAClientError() {
        FakeTransport transport = FakeTransport.inTurn(Reply.status(500), Reply.status(500), Reply.status(404),
                Reply.status(500));
        ServiceClient client = client(transport, s -> s.retry(r -> r.attempts(1)));

        failCall(client);
        failCall(client);
        assertThatThrownBy(() -> client.get(ITEM, item()).join()).hasCauseInstanceOf(HttpClientError.class);
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        failCall(client);

        assertThat(client.circuitState()).as("404 neither adds to nor resets the run").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void shouldCountEveryAttemptWhenAskedTo() {
        ServiceClient client = client(FakeTransport.replying(request -> Reply.status(500)),
                s -> s.breaker(b -> b.counting(BreakerCounting.ATTEMPTS)));

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        time.advance(Duration.ofMillis(450));

        assertThatThrownBy(call::join).hasCauseInstanceOf(HttpClientError.class);
        assertThat(client.circuitState()).as("three failed attempts of one call").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void shouldReopenOnAFailedProbeWithoutRetryingItAndCloseOnASucceedingOne() {
        AtomicReference<Reply> reply = new AtomicReference<>(Reply.status(500));
        FakeTransport transport = FakeTransport.replying(request -> reply.get());
        ServiceClient client = client(transport, s -> s);
        failCall(client);
        failCall(client);
        failCall(client);
        time.advance(OPEN);
        assertThat(client.circuitState()).isEqualTo(CircuitState.HALF_OPEN);

        CompletableFuture<ServiceResponse> probe = client.get(ITEM, item());
        time.advance(Duration.ofSeconds(1));

        assertThatThrownBy(probe::join).cause().isInstanceOf(HttpClientError.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasOnlyElementsOfType(CircuitBreakerOpenException.class));
        assertThat(transport.requestCount()).as("the probe is one attempt").isEqualTo(10);
        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);

        time.advance(OPEN);
        reply.set(Reply.json(200, "{}"));
        assertThat(client.get(ITEM, item()).join().statusCode()).isEqualTo(200);
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldAdmitTheNextCallAsTheProbeAndFreeTheSlotAtOnceWhenTheProbeIsCancelled() {
        FakeTransport transport = FakeTransport.inTurn(Reply.failure(new ConnectException("refused")),
                Reply.failure(new ConnectException("refused")), Reply.failure(new ConnectException("refused")),
                Reply.never(), Reply.json(200, "{}"));
        ServiceClient client = client(transport, s -> s.retry(r -> r.attempts(1)));
        openBreaker(client);
        time.advance(OPEN);

        CompletableFuture<ServiceResponse> probe = client.get(ITEM, item());
        assertThat(client.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(inUse()).isEqualTo(1);
        assertThatThrownBy(() -> client.get(ITEM, item()).join()).hasCauseInstanceOf(CircuitBreakerOpenException.class);

        probe.cancel(true);

        assertThat(transport.cancelledCount()).as("the exchange is aborted").isEqualTo(1);
        assertThat(inUse()).as("the slot is free at once").isZero();
        assertThat(client.get(ITEM, item()).join().statusCode()).as("the next call is the new probe").isEqualTo(200);
        assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(transport.requestCount()).isEqualTo(5);
    }

    @Test
    void shouldScheduleNoFurtherAttemptWhenACallIsCancelledDuringItsBackoff() {
        FakeTransport transport = FakeTransport.replying(request -> Reply.status(503));
        ServiceClient client = client(transport, s -> s);

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        call.cancel(true);
        time.advance(Duration.ofSeconds(10));

        assertThat(transport.requestCount()).isEqualTo(1);
        assertThat(time.pendingTasks()).isZero();
        assertThat(inUse()).isZero();
    }

    @Test
    void shouldLeaveTheLineAtOnceWhenACallWaitingForASlotIsCancelled() {
        FakeTransport transport = FakeTransport.inTurn(Reply.never(), Reply.json(200, "{}"));
        ServiceClient client = client(transport, s -> s.pool(p -> p.maxConnections(1)));

        CompletableFuture<ServiceResponse> first = client.get(ITEM, item());
        CompletableFuture<ServiceResponse> waiting = client.get(ITEM, item());
        waiting.cancel(true);
        first.cancel(true);

        assertThat(inUse()).isZero();
        assertThat(time.pendingTasks()).as("no deadline timer of the waiter is left").isZero();
        assertThat(client.get(ITEM, item()).join().statusCode()).isEqualTo(200);
        assertThat(transport.requestCount()).isEqualTo(2);
    }

    @Test
    void shouldPublishTheEndOfACancelledCallAsCancelled() {
        RecordingListener listener = new RecordingListener();
        FakeTransport transport = FakeTransport.inTurn(Reply.never());
        ServiceClient client = client(transport, s -> s, listener);

        client.get(ITEM, item()).cancel(true);

        assertThat(listener.calls()).singleElement().satisfies(call -> {
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.failure()).containsInstanceOf(CancellationException.class);
        });
        assertThat(listener.attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.CANCELLED));
    }

    @Test
    void shouldAbortTheExchangeAndFreeTheSlotWhenACachedGetIsCancelled() {
        FakeTransport transport = FakeTransport.inTurn(Reply.never());
        ServiceClient client = client(transport, s -> s).withResponseCache();

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        assertThat(inUse()).isEqualTo(1);
        call.cancel(true);

        assertThat(transport.cancelledCount()).as("the exchange is aborted").isEqualTo(1);
        assertThat(inUse()).as("the slot is free at once").isZero();
    }

    private void failCall(ServiceClient client) {
        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        time.advance(Duration.ofSeconds(1));
        assertThatThrownBy(call::join).hasCauseInstanceOf(HttpClientError.class);
    }

    private void openBreaker(ServiceClient client) {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.get(ITEM, item()).join()).hasCauseInstanceOf(HttpClientError.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
    }

    private double inUse() {
        return meters.get(MetricNames.CONNECTIONS_IN_USE).gauge().value();
    }

    private ServiceClient client(FakeTransport transport, UnaryOperator<HttpClientSettings.Builder> settings) {
        return client(transport, settings, new RecordingListener());
    }

    private ServiceClient client(FakeTransport transport, UnaryOperator<HttpClientSettings.Builder> settings,
            ClientEventListener listener) {
        clients = ServiceClients.builder()
                .settings(settings.apply(HttpClientSettings.builder().breaker(b -> b.openDuration(OPEN))).build())
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(URI.create("http://master-data.test:8002")))))
                .transport(transport.factory())
                .timeSource(time)
                .jitter(() -> 0.5)
                .meterRegistry(meters)
                .listener(listener)
                .build();
        return clients.client("master-data");
    }

    private static RequestOptions item() {
        return RequestOptions.builder().pathParams("T1", "4901").build();
    }
}
