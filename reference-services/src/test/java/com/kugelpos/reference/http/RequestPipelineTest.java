package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.auth.ApiKeyAuth;
import com.kugelpos.reference.auth.Authenticator;
import com.kugelpos.reference.auth.TokenVerifier;
import com.kugelpos.reference.idempotency.IdempotencyStore;
import com.kugelpos.reference.stats.ServerStats;
import com.kugelpos.reference.stats.StatsSnapshot;
import com.kugelpos.reference.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.ConnectionStatistics;
import org.junit.jupiter.api.Test;

class RequestPipelineTest {

    private final MutableClock clock = MutableClock.fixed();
    private final ServerStats stats = new ServerStats("unit", new ConnectionStatistics());
    private final Behaviours behaviours = new Behaviours();
    private final List<Duration> requestedDelays = new ArrayList<>();
    private final CompletableFuture<Void> delayDone = new CompletableFuture<>();
    private final AtomicInteger created = new AtomicInteger();
    private final Router router = new Router()
            .add(Route.get("/items/{code}").sync(r -> ApiResponse.ok("get_item", "ok", Map.of("code", r.pathParam("code")))))
            .add(Route.post("/records").idempotent()
                    .sync(r -> ApiResponse.created("create", "ok", Map.of("n", created.incrementAndGet()))))
            .add(Route.get("/boom").sync(r -> {
                throw new IllegalStateException("bug");
            }));
    private final Delayer delayer = delay -> {
        requestedDelays.add(delay);
        return delayDone;
    };
    private final ServiceCapacity capacity = new ServiceCapacity(delayer);
    private final RequestPipeline pipeline = new RequestPipeline(
            router,
            new Authenticator(new ApiKeyAuth((id, key) -> CompletableFuture.completedFuture(Optional.empty())),
                    new TokenVerifier("s", clock)),
            new IdempotencyStore(clock, Duration.ofHours(1)),
            behaviours,
            capacity,
            stats,
            delayer);

    private static ApiRequest request(String method, String path, Map<String, String> headers) {
        return new ApiRequest(method, path, Map.of(), Map.of(), headers, new byte[0]);
    }

    private ApiResponse handle(String method, String path) {
        return pipeline.handle(request(method, path, Map.of()), null).toCompletableFuture().join();
    }

    @Test
    void shouldAnswer504WithoutHandlingWhenTheCallersDeadlineHasPassed() {
        ApiResponse response = pipeline.handle(request("POST", "/records", Map.of("X-Request-Deadline-Ms", "0")), null)
                .toCompletableFuture().join();

        assertThat(response.status()).isEqualTo(504);
        assertThat(created).hasValue(0);
    }

    @Test
    void shouldCountRequestUnderRouteTemplateWhenAnswered() {
        handle("GET", "/items/A");
        handle("GET", "/items/B");

        assertThat(stats.snapshot().requestCount("GET /items/{code}", 200)).isEqualTo(2);
    }

    @Test
    void shouldCountARequestAsRepeatedWhenItsRouteAndTraceparentCameBefore() {
        String first = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String second = "00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01";
        for (String traceparent : List.of(first, second, first)) {
            pipeline.handle(request("GET", "/items/A", Map.of("traceparent", traceparent)), null).toCompletableFuture().join();
        }
        pipeline.handle(request("POST", "/records", Map.of("traceparent", first)), null).toCompletableFuture().join();
        handle("GET", "/items/A");
        handle("GET", "/items/A");

        assertThat(stats.snapshot().requestCount("GET /items/{code}")).isEqualTo(5);
        assertThat(stats.snapshot().repeatedRequestCount("GET /items/{code}")).isEqualTo(1);
        assertThat(stats.snapshot().repeatedRequestCount("POST /records")).isZero();
        assertThat(StatsSnapshot.fromJson(stats.snapshot().toJson()).repeatedRequestCount("GET /items/{code}"))
                .isEqualTo(1);
        stats.reset();
        pipeline.handle(request("GET", "/items/A", Map.of("traceparent", first)), null).toCompletableFuture().join();
        assertThat(stats.snapshot().repeatedRequestCount("GET /items/{code}")).isZero();
    }

    @Test
    void shouldAnswer404EnvelopeAndCountUnmatchedWhenNoRoute() {
        ApiResponse response = handle("GET", "/nowhere");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("user_error").path("code").asText()).isEqualTo(ErrorCodes.NOT_FOUND);
        assertThat(stats.snapshot().requestCount("GET (unmatched)", 404)).isEqualTo(1);
    }

    @Test
    void shouldAnswer405WithAllowHeaderWhenMethodNotRouted() {
        ApiResponse response = handle("DELETE", "/records");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).containsEntry("Allow", "POST");
    }

    @Test
    void shouldAnswer413WhenBodyFailedAfterRouting() {
        ApiException tooLarge = new ApiException(413, ErrorCodes.PAYLOAD_TOO_LARGE, "too large");

        ApiResponse response = pipeline.handle(request("POST", "/records", Map.of()), tooLarge)
                .toCompletableFuture().join();

        assertThat(response.status()).isEqualTo(413);
        assertThat(created).hasValue(0);
    }

    @Test
    void shouldAnswer500EnvelopeWhenHandlerHasBug() {
        ApiResponse response = handle("GET", "/boom");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body().path("message").asText()).contains("IllegalStateException");
    }

    @Test
    void shouldForceStatusForGivenTimesThenHandleNormally() {
        behaviours.add(new BehaviourRule("GET", "/items", Duration.ZERO, 503, 1));

        ApiResponse forced = handle("GET", "/items/A");
        ApiResponse normal = handle("GET", "/items/A");

        assertThat(forced.status()).isEqualTo(503);
        assertThat(forced.body().path("user_error").path("code").asText()).isEqualTo(ErrorCodes.FORCED);
        assertThat(normal.status()).isEqualTo(200);
    }

    @Test
    void shouldHoldResponseUntilDelayerCompletesWhenDelayed() {
        behaviours.add(new BehaviourRule(null, "/items", Duration.ofMillis(250), 0, -1));

        CompletionStage<ApiResponse> pending = pipeline.handle(request("GET", "/items/A", Map.of()), null);

        assertThat(requestedDelays).containsExactly(Duration.ofMillis(250));
        assertThat(pending.toCompletableFuture()).isNotDone();
        delayDone.complete(null);
        assertThat(pending.toCompletableFuture().join().status()).isEqualTo(200);
    }

    @Test
    void shouldHoldARequestForTheServiceTimeAndAnswer504WithoutTheWorkWhenItsDeadlinePassedInTheLine() {
        capacity.limit(new ServiceCapacity.Limit(1, Duration.ofMillis(40)));

        CompletionStage<ApiResponse> first = pipeline.handle(request("GET", "/items/A", Map.of()), null);
        CompletionStage<ApiResponse> late =
                pipeline.handle(request("GET", "/items/B", Map.of("X-Request-Deadline-Ms", "0")), null);

        assertThat(first.toCompletableFuture()).isNotDone();
        assertThat(late.toCompletableFuture()).isNotDone();
        delayDone.complete(null);
        assertThat(first.toCompletableFuture().join().status()).isEqualTo(200);
        assertThat(late.toCompletableFuture().join().status()).isEqualTo(504);
        assertThat(requestedDelays).containsExactly(Duration.ofMillis(40));
    }

    @Test
    void shouldReplayAndCreateOnceWhenIdempotencyKeyRepeated() {
        Map<String, String> headers = Map.of("Idempotency-Key", "k-1");

        ApiResponse first = pipeline.handle(request("POST", "/records", headers), null).toCompletableFuture().join();
        ApiResponse second = pipeline.handle(request("POST", "/records", headers), null).toCompletableFuture().join();

        assertThat(created).hasValue(1);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
    }
}
