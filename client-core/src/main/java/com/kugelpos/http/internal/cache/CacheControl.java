package com.kugelpos.http.internal.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Cache-Control} directives a private client cache acts on: {@code no-store}, {@code
 * no-cache}, {@code max-age}, {@code must-revalidate} (and {@code proxy-revalidate}, read the same
 * way: no stale answer), and the RFC 5861 extensions {@code stale-while-revalidate} and {@code
 * stale-if-error}. Other directives are ignored ({@code private} and {@code public} need no action
 * in a private cache). Immutable.
 *
 * @param maxAge empty when absent or malformed
 * @param mustRevalidate {@code must-revalidate} or {@code proxy-revalidate}: never served stale
 * @param staleWhileRevalidate empty when absent or malformed
 * @param staleIfError empty when absent or malformed
 */
public record CacheControl(boolean noStore, boolean noCache, Optional<Duration> maxAge, boolean mustRevalidate,
        Optional<Duration> staleWhileRevalidate, Optional<Duration> staleIfError) {

    private static final CacheControl NONE = new CacheControl(false, false, Optional.empty());

    /** Directives without the revalidation and stale ones. */
    public CacheControl(boolean noStore, boolean noCache, Optional<Duration> maxAge) {
        this(noStore, noCache, maxAge, false, Optional.empty(), Optional.empty());
    }

    /** No directives. */
    public static CacheControl none() {
        return NONE;
    }

    /**
     * Parses a header value such as {@code max-age=60, stale-if-error=300}; names are matched in any
     * case, and quoted values are accepted. A malformed value leaves its directive out.
     *
     * @param header the header value, or null when absent
     */
    public static CacheControl parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        boolean noStore = false;
        boolean noCache = false;
        boolean mustRevalidate = false;
        Optional<Duration> maxAge = Optional.empty();
        Optional<Duration> staleWhileRevalidate = Optional.empty();
        Optional<Duration> staleIfError = Optional.empty();
        for (String directive : header.split(",")) {
            String[] parts = directive.strip().split("=", 2);
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "no-store" -> noStore = true;
                case "no-cache" -> noCache = true;
                case "must-revalidate", "proxy-revalidate" -> mustRevalidate = true;
                case "max-age" -> maxAge = seconds(parts);
                case "stale-while-revalidate" -> staleWhileRevalidate = seconds(parts);
                case "stale-if-error" -> staleIfError = seconds(parts);
                default -> {
                    // not acted on by a private client cache
                }
            }
        }
        return new CacheControl(noStore, noCache, maxAge, mustRevalidate, staleWhileRevalidate, staleIfError);
    }

    /** Whether a stored response may ever be answered stale: not with {@code no-cache} or {@code must-revalidate}. */
    public boolean allowsStale() {
        return !noCache && !mustRevalidate;
    }

    private static Optional<Duration> seconds(String[] parts) {
        if (parts.length != 2) {
            return Optional.empty();
        }
        String value = parts[1].strip().replace("\"", "");
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
}
