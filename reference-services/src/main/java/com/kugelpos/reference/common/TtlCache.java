package com.kugelpos.reference.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small time-to-live cache measured on an injected {@link Clock}, so tests advance time instead
 * of waiting. Only successful loads are cached. When it holds more than {@code maxEntries}, expired
 * entries are dropped, then everything if still too full. Thread-safe.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class TtlCache<K, V> {

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * @param clock the time source
     * @param ttl how long a value is served after it was loaded
     * @param maxEntries the size above which entries are dropped
     */
    public TtlCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.maxEntries = maxEntries;
    }

    /** The cached value if present and not expired. */
    public Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Caches {@code value} for the TTL from now; does nothing when the TTL is zero. */
    public void put(K key, V value) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
    }

    /** The cached value, or the result of {@code loader}, cached when it succeeds. */
    public CompletionStage<V> getOrLoad(K key, Function<K, CompletionStage<V>> loader) {
        Optional<V> cached = get(key);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return loader.apply(key).thenApply(value -> {
            put(key, value);
            return value;
        });
    }

    /** Number of entries, expired or not. */
    public int size() {
        return entries.size();
    }

    private record Entry<V>(V value, Instant expiresAt) {}
}
