package com.kugelpos.reference.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.Stages;
import com.kugelpos.reference.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

    private final MutableClock clock = MutableClock.fixed();
    private final IdempotencyStore store = new IdempotencyStore(clock, Duration.ofHours(24));
    private final AtomicInteger runs = new AtomicInteger();

    private Supplier<CompletionStage<ApiResponse>> creating(int status) {
        return () -> CompletableFuture.completedFuture(
                ApiResponse.plain(status, Json.object().put("record", runs.incrementAndGet())));
    }

    private ApiResponse execute(String key, String fingerprint, int status) {
        return store.execute(key, fingerprint, creating(status)).toCompletableFuture().join();
    }

    @Test
    void shouldReplaySameResponseAndRunOnceWhenKeyRepeated() {
        ApiResponse first = execute("k1", "POST /a", 201);
        ApiResponse second = execute("k1", "POST /a", 201);

        assertThat(runs).hasValue(1);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers()).containsEntry(IdempotencyStore.REPLAYED_HEADER, "true");
    }

    @Test
    void shouldRunAgainWhenKeyDiffers() {
        execute("k1", "POST /a", 201);
        execute("k2", "POST /a", 201);

        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldAnswer422WhenKeyReusedForOtherRequest() {
        execute("k1", "POST /a", 201);

        Throwable failure = catchThrowable(() -> execute("k1", "POST /b", 201));

        assertThat(Stages.unwrap(failure)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(422));
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldNotStoreWhenRunFailedWith5xx() {
        execute("k1", "POST /a", 503);
        execute("k1", "POST /a", 201);

        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldNotStoreWhenRunThrew() {
        catchThrowable(() -> store.execute("k1", "POST /a", () -> {
            throw ApiException.notFound("no such transaction");
        }).toCompletableFuture().join());

        execute("k1", "POST /a", 201);

        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldRunAgainWhenEntryExpiredOnTheClock() {
        execute("k1", "POST /a", 201);
        clock.advance(Duration.ofHours(24));

        execute("k1", "POST /a", 201);

        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldLetConcurrentDuplicateWaitForFirstWhenStillRunning() {
        CompletableFuture<ApiResponse> slow = new CompletableFuture<>();
        CompletionStage<ApiResponse> first = store.execute("k1", "POST /a", () -> {
            runs.incrementAndGet();
            return slow;
        });
        CompletionStage<ApiResponse> duplicate = store.execute("k1", "POST /a", creating(201));

        slow.complete(ApiResponse.plain(201, Json.object().put("record", 1)));

        assertThat(duplicate.toCompletableFuture().join().body()).isEqualTo(first.toCompletableFuture().join().body());
        assertThat(runs).hasValue(1);
    }
}
