package com.kugelpos.http.internal.cache;

import com.kugelpos.http.config.ResponseCacheSettings;
import com.kugelpos.http.internal.pipeline.PreparedRequest;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes the cache entry of a response from its headers: whether it may be stored ({@code no-store}
 * and {@code Vary: *} may not, nor a response that could never be used: without freshness, {@code
 * ETag} or stale window), how long it is fresh, its stale windows and the request header values it
 * was selected by. Thread-safe (stateless but for its settings and clock).
 */
final class CacheEntries {

    /** The longest lifetime or window kept: longer ones are cut, so clock readings do not overflow. */
    private static final long LONGEST_NANOS = Long.MAX_VALUE / 4;

    private final ResponseCacheSettings settings;
    private final TimeSource time;

    CacheEntries(ResponseCacheSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
    }

    /** The entry for a response to {@code request}, or empty when its headers forbid storing it or it could never be used. */
    Optional<CachedResponse> of(PreparedRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        CacheControl control = CacheControl.parse(header(headers, "Cache-Control"));
        String vary = header(headers, "Vary");
        Optional<String> etag = Optional.ofNullable(header(headers, "ETag"));
        if (control.noStore() || (vary != null && vary.contains("*"))) {
            return Optional.empty();
        }
        Duration lifetime = Freshness.lifetime(control, header(headers, "Age"), header(headers, "Expires"),
                header(headers, "Date"), time.now(), settings.defaultMaxAge());
        StaleWindows windows = StaleWindows.of(control, settings);
        if (lifetime.isZero() && etag.isEmpty() && !windows.any()) {
            return Optional.empty();
        }
        Map<String, String> varyValues = new LinkedHashMap<>();
        if (vary != null) {
            for (String name : vary.split(",")) {
                if (!name.isBlank()) {
                    String lower = name.strip().toLowerCase(Locale.ROOT);
                    varyValues.put(lower, requestHeader(request, lower));
                }
            }
        }
        long freshUntil = time.nanoTime() + nanos(lifetime);
        return Optional.of(new CachedResponse(status, headers, body, etag, freshUntil, varyValues,
                freshUntil + nanos(windows.whileRevalidating()), freshUntil + nanos(windows.ifError())));
    }

    /** The stored headers with a 304's headers over them, but for the stored body's length and coding. */
    static Map<String, List<String>> merged(Map<String, List<String>> stored, Map<String, List<String>> update) {
        Map<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(stored);
        update.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("content-encoding")) {
                merged.put(name, values);
            }
        });
        return merged;
    }

    /** A request header's value, "" when absent. */
    static String requestHeader(PreparedRequest request, String name) {
        String value = request.header(name);
        return value == null ? "" : value;
    }

    private static long nanos(Duration duration) {
        return duration.compareTo(Duration.ofNanos(LONGEST_NANOS)) > 0 ? LONGEST_NANOS : duration.toNanos();
    }

    /** All values of a header, joined, or null; {@code headers} is looked up case-insensitively. */
    private static String header(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }
}
