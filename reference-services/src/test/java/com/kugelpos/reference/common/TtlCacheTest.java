package com.kugelpos.reference.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    private final MutableClock clock = MutableClock.fixed();
    private final TtlCache<String, String> cache = new TtlCache<>(clock, Duration.ofSeconds(300), 3);
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        return cache.getOrLoad(key, k -> CompletableFuture.completedFuture(k + loads.incrementAndGet()))
                .toCompletableFuture().join();
    }

    @Test
    void shouldServeCachedValueWhenWithinTtl() {
        load("a");
        clock.advance(Duration.ofSeconds(299));

        assertThat(load("a")).isEqualTo("a1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void shouldLoadAgainWhenTtlPassed() {
        load("a");
        clock.advance(Duration.ofSeconds(300));

        assertThat(load("a")).isEqualTo("a2");
    }

    @Test
    void shouldNotCacheWhenLoadFailed() {
        cache.getOrLoad("a", k -> CompletableFuture.failedFuture(new IllegalStateException("down")));

        assertThat(load("a")).isEqualTo("a1");
    }

    @Test
    void shouldLoadEveryTimeWhenTtlIsZero() {
        TtlCache<String, String> off = new TtlCache<>(clock, Duration.ZERO, 3);

        off.getOrLoad("a", k -> CompletableFuture.completedFuture("v" + loads.incrementAndGet()));
        off.getOrLoad("a", k -> CompletableFuture.completedFuture("v" + loads.incrementAndGet()));

        assertThat(loads).hasValue(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void shouldStayBoundedWhenFull() {
        for (String key : new String[] {"a", "b", "c", "d", "e"}) {
            load(key);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
