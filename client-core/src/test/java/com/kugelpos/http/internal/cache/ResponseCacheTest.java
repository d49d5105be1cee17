package com.kugelpos.http.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.ResponseCacheSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    @Test
    void shouldDropTheLeastRecentlyUsedEntryWhenTheEntryBoundIsPassed() {
        ResponseCache<String> cache = new ResponseCache<>(new ResponseCacheSettings(2, 1_000));
        cache.put("a", entry(10));
        cache.put("b", entry(10));
        cache.get("a");

        cache.put("c", entry(10));

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void shouldDropOldEntriesUntilTheByteBoundHolds() {
        ResponseCache<String> cache = new ResponseCache<>(new ResponseCacheSettings(100, 100));
        cache.put("a", entry(40));
        cache.put("b", entry(40));

        cache.put("c", entry(50));

        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.bytes()).isEqualTo(90);
    }

    @Test
    void shouldNotStoreABodyLargerThanTheByteBound() {
        ResponseCache<String> cache = new ResponseCache<>(new ResponseCacheSettings(100, 100));
        cache.put("a", entry(40));

        boolean stored = cache.put("a", entry(101));

        assertThat(stored).isFalse();
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void shouldCountBytesOnceWhenAnEntryIsReplaced() {
        ResponseCache<String> cache = new ResponseCache<>(new ResponseCacheSettings(100, 100));
        cache.put("a", entry(40));

        cache.put("a", entry(30));

        assertThat(cache.bytes()).isEqualTo(30);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void shouldMatchOnlyRequestsWithTheStoredVaryValues() {
        CachedResponse entry = new CachedResponse(200, Map.of(), new byte[0], Optional.empty(), 0,
                Map.of("accept-language", "ja"));

        assertThat(entry.matches(name -> name.equals("accept-language") ? "ja" : "")).isTrue();
        assertThat(entry.matches(name -> "")).isFalse();
    }

    private static CachedResponse entry(int bytes) {
        return new CachedResponse(200, Map.of(), new byte[bytes], Optional.of("\"v1\""), 0, Map.of());
    }
}
