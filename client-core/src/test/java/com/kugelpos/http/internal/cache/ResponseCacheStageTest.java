package com.kugelpos.http.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.CallDescription;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.ResponseCacheSettings;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CacheOutcome;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.internal.pipeline.PreparedRequest;
import com.kugelpos.http.testing.FakeTimeSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The stale modes and collapsing of the cache stage, with a fake clock and a scripted logical call. */
class ResponseCacheStageTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final Credentials SHOP = Credentials.apiKey("key-1");
    private static final CallDescription CALL = new CallDescription("master-data", HttpMethod.GET, "/items/{code}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FakeTimeSource time = new FakeTimeSource();
    private final List<CacheOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<PreparedRequest> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<ServiceResponse>> pending = new ArrayList<>();
    private final AtomicBoolean breakerOpen = new AtomicBoolean();

    private ResponseCacheStage stage(ResponseCacheSettings settings) {
        ClientEventListener listener = new ClientEventListener() {
            @Override
            public void onCacheLookup(CacheEvent event) {
                outcomes.add(event.outcome());
            }
        };
        return new ResponseCacheStage(new ResponseCache<>(settings), settings, time,
                new EventPublisher(List.of(listener)), MAPPER, breakerOpen::get, BUDGET);
    }

    private static ResponseCacheSettings defaults() {
        return ResponseCacheSettings.DEFAULTS;
    }

    private static PreparedRequest request(Credentials credentials, Map<String, String> headers) {
        RequestOptions.Builder options = RequestOptions.builder().pathParams("4901");
        headers.forEach(options::header);
        return PreparedRequest.of(HttpMethod.GET, "/items/{code}", null, options.build(), credentials, () -> "key");
    }

    private static PreparedRequest request() {
        return request(SHOP, Map.of());
    }

    /** Sends and leaves the call open, to be completed by the test. */
    private CompletableFuture<ServiceResponse> get(ResponseCacheStage stage, PreparedRequest request, Duration budget) {
        return stage.get(request, CALL, budget, (wire, within) -> {
            sent.add(wire);
            CompletableFuture<ServiceResponse> call = new CompletableFuture<>();
            pending.add(call);
            return call;
        });
    }

    private CompletableFuture<ServiceResponse> get(ResponseCacheStage stage) {
        return get(stage, request(), BUDGET);
    }

    /** A GET the service answers at once with {@code cacheControl} (no header when null). */
    private ServiceResponse fetched(ResponseCacheStage stage, String body, String cacheControl) {
        CompletableFuture<ServiceResponse> answer = get(stage);
        last().complete(response(body, cacheControl));
        return answer.join();
    }

    private CompletableFuture<ServiceResponse> last() {
        return pending.get(pending.size() - 1);
    }

    private static ServiceResponse response(String body, String cacheControl) {
        Map<String, List<String>> headers = cacheControl == null ? Map.of() : Map.of("Cache-Control", List.of(cacheControl));
        return new ServiceResponse(CALL, 200, headers, body.getBytes(StandardCharsets.UTF_8), MAPPER);
    }

    private static HttpClientError refused() {
        return new ConnectionFailureException(CALL, "connection refused", 1, null);
    }

    @Test
    void shouldAnswerStaleWithinTheStaleWhileRevalidateWindowAndRevalidateOnceInTheBackground() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=10, stale-while-revalidate=30");
        time.advance(Duration.ofSeconds(10));

        ServiceResponse first = get(stage).join();
        ServiceResponse second = get(stage).join();

        assertThat(first.isStale()).isTrue();
        assertThat(second.isStale()).isTrue();
        assertThat(first.bodyText()).isEqualTo("v1");
        assertThat(sent).hasSize(2);
        assertThat(outcomes).containsExactly(CacheOutcome.MISS, CacheOutcome.STALE_WHILE_REVALIDATE,
                CacheOutcome.STALE_WHILE_REVALIDATE);
        last().complete(response("v2", "max-age=10"));
        ServiceResponse refreshed = get(stage).join();
        assertThat(refreshed.bodyText()).isEqualTo("v2");
        assertThat(refreshed.isStale()).isFalse();
        assertThat(stage.flightsInProgress()).isZero();
    }

    @Test
    void shouldAnswerStaleUntilOneNanosecondBeforeTheWindowEnds() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=10, stale-while-revalidate=30");
        time.advance(Duration.ofSeconds(40).minusNanos(1));
        assertThat(get(stage).join().isStale()).isTrue();
        last().completeExceptionally(refused());

        time.advance(Duration.ofNanos(1));
        CompletableFuture<ServiceResponse> atTheEnd = get(stage);

        assertThat(atTheEnd).isNotDone();
        last().complete(response("v2", null));
        assertThat(atTheEnd.join().isStale()).isFalse();
    }

    @Test
    void shouldKeepTheCallerOutOfAFailedBackgroundRevalidationButPublishIt() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=1, stale-while-revalidate=30");
        time.advance(Duration.ofSeconds(2));

        ServiceResponse stale = get(stage).join();
        last().completeExceptionally(refused());

        assertThat(stale.bodyText()).isEqualTo("v1");
        assertThat(outcomes).endsWith(CacheOutcome.STALE_WHILE_REVALIDATE, CacheOutcome.REVALIDATION_FAILED);
        assertThat(get(stage).join().isStale()).isTrue();
        assertThat(stage.flightsInProgress()).isOne();
    }

    @Test
    void shouldNotAnswerARequestMarkedNoCacheFromTheStaleWindows() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=1, stale-while-revalidate=30, stale-if-error=30");
        time.advance(Duration.ofSeconds(2));

        CompletableFuture<ServiceResponse> answer = get(stage, request(SHOP, Map.of("Cache-Control", "no-cache")), BUDGET);
        HttpClientError failure = refused();
        last().completeExceptionally(failure);

        assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class).hasCause(failure);
    }

    @Test
    void shouldAnswerStaleInPlaceOfAFailureWithinTheStaleIfErrorWindowOnly() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=10, stale-if-error=60");
        time.advance(Duration.ofSeconds(70).minusNanos(1));

        CompletableFuture<ServiceResponse> inside = get(stage);
        last().completeExceptionally(new HttpClientError(CALL, 503, "", 1));
        time.advance(Duration.ofNanos(1));
        CompletableFuture<ServiceResponse> outside = get(stage);
        HttpClientError failure = refused();
        last().completeExceptionally(failure);

        assertThat(inside.join().isStale()).isTrue();
        assertThat(inside.join().bodyText()).isEqualTo("v1");
        assertThat(outcomes).contains(CacheOutcome.STALE_IF_ERROR);
        assertThatThrownBy(outside::join).hasCause(failure);
    }

    @Test
    void shouldPassA4xxThroughEvenWithinTheStaleIfErrorWindow() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=10, stale-if-error=60");
        time.advance(Duration.ofSeconds(11));

        CompletableFuture<ServiceResponse> answer = get(stage);
        HttpClientError notFound = new HttpClientError(CALL, 404, "", 1);
        last().completeExceptionally(notFound);

        assertThatThrownBy(answer::join).hasCause(notFound);
    }

    @Test
    void shouldNeverAnswerStaleWhatMustBeRevalidated() {
        for (String forbidding : List.of("must-revalidate", "proxy-revalidate", "no-cache")) {
            ResponseCacheStage stage = stage(defaults().toBuilder().staleIfError(Duration.ofSeconds(60)).build());
            sent.clear();
            fetched(stage, "v1", "max-age=10, stale-if-error=60, " + forbidding);
            time.advance(Duration.ofSeconds(11));

            CompletableFuture<ServiceResponse> answer = get(stage);
            last().completeExceptionally(refused());

            assertThat(answer).as(forbidding).isCompletedExceptionally();
        }
    }

    @Test
    void shouldAnswerStaleAtOnceWithoutARequestWhileTheBreakerIsOpen() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=10, stale-if-error=60");
        time.advance(Duration.ofSeconds(11));
        breakerOpen.set(true);

        ServiceResponse answer = get(stage).join();

        assertThat(answer.isStale()).isTrue();
        assertThat(sent).hasSize(1);
        assertThat(outcomes).endsWith(CacheOutcome.STALE_IF_ERROR);
    }

    @Test
    void shouldTakeTheSettingsForAProviderThatSendsNoCacheHeaders() {
        ResponseCacheStage stage = stage(defaults().toBuilder().defaultMaxAge(Duration.ofSeconds(5))
                .staleIfError(Duration.ofSeconds(60)).build());
        fetched(stage, "v1", null);
        time.advance(Duration.ofSeconds(5).minusNanos(1));
        assertThat(get(stage).join().isStale()).isFalse();
        assertThat(sent).hasSize(1);

        time.advance(Duration.ofSeconds(30));
        CompletableFuture<ServiceResponse> answer = get(stage);
        last().completeExceptionally(refused());

        assertThat(answer.join().isStale()).isTrue();
    }

    @Test
    void shouldLetTheResponsesOwnDirectivesWinOverTheSettings() {
        ResponseCacheStage stage = stage(defaults().toBuilder().defaultMaxAge(Duration.ofSeconds(60))
                .staleIfError(Duration.ofSeconds(60)).build());
        fetched(stage, "v1", "max-age=1, stale-if-error=0");
        time.advance(Duration.ofSeconds(2));

        CompletableFuture<ServiceResponse> answer = get(stage);
        last().completeExceptionally(refused());

        assertThat(sent).hasSize(2);
        assertThat(answer).isCompletedExceptionally();
    }

    @Test
    void shouldStoreNothingWithEveryStaleSettingOff() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", null);

        get(stage);

        assertThat(sent).hasSize(2);
    }

    @Test
    void shouldCollapseIdenticalConcurrentGetsIntoOneRequest() {
        ResponseCacheStage stage = stage(defaults());
        List<CompletableFuture<ServiceResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(get(stage));
        }

        last().complete(response("v1", null));

        assertThat(sent).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().bodyText()).isEqualTo("v1"));
        assertThat(outcomes).containsExactlyInAnyOrder(CacheOutcome.COLLAPSED, CacheOutcome.COLLAPSED,
                CacheOutcome.COLLAPSED, CacheOutcome.COLLAPSED, CacheOutcome.MISS);
        assertThat(stage.flightsInProgress()).isZero();
    }

    @Test
    void shouldNotCollapseGetsOfDifferentCredentialsOrHeadersOrMarkedNoCache() {
        ResponseCacheStage stage = stage(defaults());

        get(stage, request(SHOP, Map.of()), BUDGET);
        get(stage, request(Credentials.apiKey("key-2"), Map.of()), BUDGET);
        get(stage, request(SHOP, Map.of("Accept-Language", "ja")), BUDGET);
        get(stage, request(SHOP, Map.of("Cache-Control", "no-cache")), BUDGET);
        get(stage, request(SHOP, Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")), BUDGET);

        assertThat(sent).hasSize(4);
    }

    @Test
    void shouldNotCollapseWhenTurnedOff() {
        ResponseCacheStage stage = stage(defaults().toBuilder().collapse(false).build());

        get(stage);
        get(stage);

        assertThat(sent).hasSize(2);
        assertThat(stage.flightsInProgress()).isZero();
    }

    @Test
    void shouldEndAWaiterAtItsOwnDeadlineWithoutCancellingTheSharedRequest() {
        ResponseCacheStage stage = stage(defaults());
        CompletableFuture<ServiceResponse> patient = get(stage);
        CompletableFuture<ServiceResponse> hurried = get(stage, request(), Duration.ofSeconds(1));

        time.advance(Duration.ofSeconds(1).minusNanos(1));
        assertThat(hurried).isNotDone();
        time.advance(Duration.ofNanos(1));

        assertThatThrownBy(hurried::join).hasCauseInstanceOf(DeadlineExceededException.class);
        assertThat(pending.get(0)).isNotCancelled();
        pending.get(0).complete(response("v1", null));
        assertThat(patient.join().bodyText()).isEqualTo("v1");
    }

    @Test
    void shouldCancelTheSharedRequestOnlyWhenEveryWaiterCancelled() {
        ResponseCacheStage stage = stage(defaults());
        CompletableFuture<ServiceResponse> first = get(stage);
        CompletableFuture<ServiceResponse> second = get(stage);

        first.cancel(true);
        assertThat(pending.get(0)).isNotCancelled();
        second.cancel(true);

        assertThat(pending.get(0)).isCancelled();
        assertThat(stage.flightsInProgress()).isZero();
        get(stage);
        assertThat(sent).hasSize(2);
    }

    @Test
    void shouldHandTheSharedFailureToEveryWaiterOrTheStaleEntry() {
        ResponseCacheStage stage = stage(defaults());
        CompletableFuture<ServiceResponse> first = get(stage);
        CompletableFuture<ServiceResponse> second = get(stage);
        HttpClientError failure = refused();

        pending.get(0).completeExceptionally(failure);

        assertThatThrownBy(first::join).hasCause(failure);
        assertThatThrownBy(second::join).hasCause(failure);
        assertThat(stage.flightsInProgress()).isZero();
    }

    @Test
    void shouldAnswerEveryWaiterStaleWhenTheSharedRequestFailsWithinTheStaleIfErrorWindow() {
        ResponseCacheStage stage = stage(defaults());
        fetched(stage, "v1", "max-age=1, stale-if-error=60");
        time.advance(Duration.ofSeconds(2));
        CompletableFuture<ServiceResponse> first = get(stage);
        CompletableFuture<ServiceResponse> second = get(stage);

        last().completeExceptionally(refused());

        assertThat(sent).hasSize(2);
        assertThat(first.join().isStale()).isTrue();
        assertThat(second.join().isStale()).isTrue();
    }
}
