package com.kugelpos.http.internal.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Cache-Control} directives a private client cache acts on: {@code no-store}, {@code
 * no-cache} and {@code max-age}. Other directives are ignored ({@code private} and {@code public}
 * need no action in a private cache; a stale response is never served, so {@code must-revalidate}
 * holds anyway). Immutable.
 *
 * @param maxAge empty when absent or malformed
 */
public record CacheControl(boolean noStore, boolean noCache, Optional<Duration> maxAge) {

    private static final CacheControl NONE = new CacheControl(false, false, Optional.empty());

    /** No directives. */
    public static CacheControl none() {
        return NONE;
    }

    /**
     * Parses a header value such as {@code max-age=60, must-revalidate}; names are matched in any
     * case, and a quoted {@code max-age} value is accepted.
     *
     * @param header the header value, or null when absent
     */
    public static CacheControl parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        boolean noStore = false;
        boolean noCache = false;
        Optional<Duration> maxAge = Optional.empty();
        for (String directive : header.split(",")) {
            String[] parts = directive.strip().split("=", 2);
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "no-store" -> noStore = true;
                case "no-cache" -> noCache = true;
                case "max-age" -> maxAge = parts.length == 2 ? seconds(parts[1]) : Optional.empty();
                default -> {
                    // not acted on by a private client cache
                }
            }
        }
        return new CacheControl(noStore, noCache, maxAge);
    }

    private static Optional<Duration> seconds(String raw) {
        String value = raw.strip().replace("\"", "");
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
}
