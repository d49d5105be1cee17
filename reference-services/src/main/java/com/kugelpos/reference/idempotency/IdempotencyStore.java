package com.kugelpos.reference.idempotency;

import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.ErrorCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Stores the responses of requests sent with an {@code Idempotency-Key}. The first request with a
 * key runs; later ones with the same key get the same status and body and create nothing (a
 * concurrent duplicate waits for the first). A key reused for a different request (other
 * fingerprint) is rejected with 422. Failed runs (exception or 5xx) are not stored, so the client
 * may retry them with the same key. Entries expire after the TTL, measured on the injected clock.
 * Thread-safe.
 */
public final class IdempotencyStore {

    /** Header carried by replayed responses. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Above this many stored keys, expired ones are dropped on the next insert. */
    static final int PURGE_THRESHOLD = 10_000;

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param clock the time source for expiry
     * @param ttl how long a stored response is replayed
     */
    public IdempotencyStore(Clock clock, Duration ttl) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /**
     * Runs {@code action} once per key.
     *
     * @param key the scoped idempotency key (callers prefix it with the tenant)
     * @param fingerprint what identifies the request (method, path, body digest)
     * @param action creates the record and answers
     * @return the stored or fresh response; a replay carries {@link #REPLAYED_HEADER}
     */
    public CompletionStage<ApiResponse> execute(
            String key, String fingerprint, Supplier<CompletionStage<ApiResponse>> action) {
        Instant now = clock.instant();
        if (entries.size() > PURGE_THRESHOLD) {
            purgeExpired();
        }
        CompletableFuture<ApiResponse> mine = new CompletableFuture<>();
        Entry fresh = new Entry(fingerprint, mine, now.plus(ttl));
        Entry existing = entries.compute(key, (k, old) -> old == null || old.expired(now) ? fresh : old);
        if (existing != fresh) {
            if (!existing.fingerprint.equals(fingerprint)) {
                return CompletableFuture.failedFuture(new ApiException(
                        422,
                        ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key was already used for a different request; use a new key"));
            }
            return existing.response.thenApply(stored -> stored.withHeader(REPLAYED_HEADER, "true"));
        }
        run(action).whenComplete((response, failure) -> {
            if (failure != null || response.status() >= 500) {
                entries.remove(key, fresh);
            }
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(response);
            }
        });
        return mine;
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> entry.expired(now));
    }

    private static CompletionStage<ApiResponse> run(Supplier<CompletionStage<ApiResponse>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static final class Entry {
        private final String fingerprint;
        private final CompletableFuture<ApiResponse> response;
        private final Instant expiresAt;

        private Entry(String fingerprint, CompletableFuture<ApiResponse> response, Instant expiresAt) {
            this.fingerprint = fingerprint;
            this.response = response;
            this.expiresAt = expiresAt;
        }

        private boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
