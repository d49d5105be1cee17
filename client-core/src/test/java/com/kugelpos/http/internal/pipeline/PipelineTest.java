package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.Deadline;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.RequestSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.FakeTransport;
import com.kugelpos.http.testing.RecordingListener;
import com.kugelpos.http.testing.Reply;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline's policies on a fake transport and a fake clock: no server, no sleep. */
class PipelineTest {

    private static final String ITEM = "/api/v1/tenants/{t}/items/{code}";
    private static final String JOURNAL = "/api/v1/tenants/{t}/journals";

    private final FakeTimeSource time = new FakeTimeSource();
    private final RecordingListener events = new RecordingListener();
    private ServiceClients clients;

    @AfterEach
    void tearDown() {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void shouldRetryA503AfterTheExactBackoffAndSucceed() {
        FakeTransport transport = FakeTransport.inTurn(Reply.status(503), Reply.status(503), Reply.json(200, "{}"));
        CompletableFuture<ServiceResponse> call = client(transport, s -> s).get(ITEM, item());

        assertThat(transport.requestCount()).isEqualTo(1);
        time.advance(Duration.ofMillis(149));
        assertThat(transport.requestCount()).isEqualTo(1);
        time.advance(Duration.ofMillis(1));
        assertThat(transport.requestCount()).isEqualTo(2);
        time.advance(Duration.ofMillis(300));

        assertThat(call.join().statusCode()).isEqualTo(200);
        assertThat(events.retryDelays()).containsExactly(Duration.ofMillis(150), Duration.ofMillis(300));
        assertThat(events.attempts()).extracting(a -> a.outcome())
                .containsExactly(AttemptOutcome.SERVER_ERROR, AttemptOutcome.SERVER_ERROR, AttemptOutcome.SUCCESS);
    }

    @Test
    void shouldWaitWhatRetryAfterAsksInsteadOfTheBackoff() {
        FakeTransport transport = FakeTransport.inTurn(Reply.status(503).withHeader("Retry-After", "2"), Reply.status(200));
        CompletableFuture<ServiceResponse> call = client(transport, s -> s).get(ITEM, item());

        time.advance(Duration.ofMillis(1999));
        assertThat(transport.requestCount()).isEqualTo(1);
        time.advance(Duration.ofMillis(1));

        assertThat(call.join().statusCode()).isEqualTo(200);
        assertThat(events.retryDelays()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void shouldNotReplayAPostWithoutKeyAfterA500ButRetryItWithOne() {
        FakeTransport transport = FakeTransport.inTurn(Reply.status(500), Reply.status(200));
        ServiceClient client = client(transport, s -> s);

        assertThatThrownBy(() -> client.post(JOURNAL, "{}", tenant()).join())
                .hasCauseInstanceOf(HttpClientError.class);
        assertThat(transport.requestCount()).isEqualTo(1);

        FakeTransport keyed = FakeTransport.inTurn(Reply.status(500), Reply.status(200));
        CompletableFuture<ServiceResponse> call = client(keyed, s -> s)
                .post(JOURNAL, "{}", RequestOptions.builder().pathParams("T1").newIdempotencyKey().build());
        time.advance(Duration.ofMillis(150));

        assertThat(call.join().statusCode()).isEqualTo(200);
        List<TransportRequest> sent = keyed.requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).headers().firstValue("Idempotency-Key"))
                .isPresent().isEqualTo(sent.get(1).headers().firstValue("Idempotency-Key"));
    }

    @Test
    void shouldOpenTheBreakerAfterThreeFailedAttemptsAndFailFastWithoutSending() {
        FakeTransport transport = FakeTransport.inTurn(Reply.failure(new ConnectException("refused")));
        ServiceClient client = client(transport, s -> s.retry(r -> r.attempts(1)));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.get(ITEM, item()).join()).hasCauseInstanceOf(ConnectionFailureException.class);
        }

        assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
        assertThatThrownBy(() -> client.get(ITEM, item()).join()).hasCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(transport.requestCount()).isEqualTo(3);
        assertThat(events.calls()).last().extracting(CallEvent::attempts).isEqualTo(0);
    }

    @Test
    void shouldCancelAnExchangeThatOutlivesItsBoundAndFreeItsSlot() {
        FakeTransport transport = FakeTransport.inTurn(Reply.never(), Reply.json(200, "{}"));
        ServiceClient client = client(transport,
                s -> s.retry(r -> r.attempts(1)).pool(p -> p.maxConnections(1)).timeouts(t -> t.response(Duration.ofSeconds(1))));

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        time.advance(Duration.ofSeconds(1));

        assertThatThrownBy(call::join).hasCauseInstanceOf(ConnectionFailureException.class)
                .cause().hasMessageContaining("response timeout");
        assertThat(transport.cancelledCount()).isEqualTo(1);
        assertThat(time.pendingTasks()).isZero();
        assertThat(client.get(ITEM, item()).join().statusCode())
                .as("the only connection slot is free again").isEqualTo(200);
    }

    @Test
    void shouldCancelTheCallWhenTheCallerCompletesItsFutureWithACancellation() {
        FakeTransport transport = FakeTransport.inTurn(Reply.never(), Reply.json(200, "{}"));
        ServiceClient client = client(transport, s -> s.pool(p -> p.maxConnections(1)));

        CompletableFuture<ServiceResponse> call = client.get(ITEM, item());
        call.completeExceptionally(new CancellationException("caller gave up"));

        assertThat(call).isCancelled();
        assertThat(transport.cancelledCount()).as("the exchange is aborted").isEqualTo(1);
        assertThat(time.pendingTasks()).as("no bound timer is left").isZero();
        assertThat(client.get(ITEM, item()).join().statusCode())
                .as("the only connection slot is free again").isEqualTo(200);
    }

    @Test
    void shouldEndWithTheDeadlineWhenItPassesBeforeTheRetry() {
        FakeTransport transport = FakeTransport.inTurn(Reply.never());
        ServiceClient client = client(transport, s -> s.timeouts(t -> t.response(Duration.ofSeconds(1))));

        CompletableFuture<ServiceResponse> call = client.get(ITEM,
                RequestOptions.builder().pathParams("T1", "4901").timeout(Duration.ofMillis(500)).build());
        assertThat(transport.lastRequest().timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(transport.lastRequest().headers().firstValue(Deadline.HEADER)).contains("500");
        time.advance(Duration.ofMillis(500));

        assertThatThrownBy(call::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(DeadlineExceededException.class);
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldFailTheAttemptAsFailedAfterSendWhenTheBodyCannotBeDecoded() {
        FakeTransport transport = FakeTransport.inTurn(Reply.of(200, Map.of("Content-Encoding", List.of("gzip")),
                "not gzip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> client(transport, s -> s.retry(r -> r.attempts(1))).get(ITEM, item()).join())
                .hasCauseInstanceOf(ConnectionFailureException.class)
                .cause().hasMessageContaining("could not be decoded");
        assertThat(events.attempts()).extracting(a -> a.outcome()).containsExactly(AttemptOutcome.FAILED_AFTER_SEND);
    }

    @Test
    void shouldSendTheSameHeadersTheJdkTransportWould() {
        FakeTransport transport = FakeTransport.inTurn(Reply.json(200, "{}"));

        client(transport, s -> s).post(JOURNAL, "{\"a\":1}", tenant()).join();

        TransportRequest sent = transport.lastRequest();
        assertThat(sent.uri()).isEqualTo(URI.create("http://master-data.test:8002/api/v1/tenants/T1/journals"));
        assertThat(sent.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(sent.headers().firstValue("User-Agent")).contains(RequestSettings.DEFAULT_USER_AGENT);
        assertThat(sent.headers().firstValue("traceparent")).isPresent();
        assertThat(sent.body()).asString().isEqualTo("{\"a\":1}");
    }

    private ServiceClient client(FakeTransport transport, UnaryOperator<HttpClientSettings.Builder> settings) {
        if (clients != null) {
            clients.close();
        }
        clients = ServiceClients.builder()
                .settings(settings.apply(HttpClientSettings.builder()).build())
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(URI.create("http://master-data.test:8002")))))
                .transport(transport.factory())
                .timeSource(time)
                .jitter(() -> 0.5)
                .listener(events)
                .build();
        return clients.client("master-data");
    }

    private static RequestOptions item() {
        return RequestOptions.builder().pathParams("T1", "4901").build();
    }

    private static RequestOptions tenant() {
        return RequestOptions.builder().pathParams("T1").build();
    }
}
