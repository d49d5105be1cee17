package com.kugelpos.http.internal.cache;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One stored GET response: status, headers and decoded body, its {@code ETag} for conditional
 * requests, when it stops being fresh, until when it may still answer stale (RFC 5861), and the
 * request header values it was selected by ({@code Vary}). Immutable; the body array is never handed
 * out.
 *
 * @param freshUntilNanos the {@code TimeSource.nanoTime()} reading from which it must be revalidated
 * @param vary lower-case request header names of the response's {@code Vary} to the values they had
 * @param staleWhileRevalidateUntilNanos the reading from which it no longer answers while being
 *     revalidated; {@code freshUntilNanos} when it never does
 * @param staleIfErrorUntilNanos the reading from which it no longer answers in place of a failure;
 *     {@code freshUntilNanos} when it never does
 */
public record CachedResponse(int status, Map<String, List<String>> headers, byte[] body, Optional<String> etag,
        long freshUntilNanos, Map<String, String> vary, long staleWhileRevalidateUntilNanos,
        long staleIfErrorUntilNanos) {

    /** Copies the maps, so the entry cannot change. */
    public CachedResponse {
        headers = Map.copyOf(headers);
        vary = Map.copyOf(vary);
    }

    /** An entry that is never answered stale. */
    public CachedResponse(int status, Map<String, List<String>> headers, byte[] body, Optional<String> etag,
            long freshUntilNanos, Map<String, String> vary) {
        this(status, headers, body, etag, freshUntilNanos, vary, freshUntilNanos, freshUntilNanos);
    }

    /** Whether it may be used without asking the server at {@code nowNanos}. */
    public boolean isFresh(long nowNanos) {
        return nowNanos - freshUntilNanos < 0;
    }

    /** Whether, stale at {@code nowNanos}, it may answer at once while a background request revalidates it. */
    public boolean mayServeWhileRevalidating(long nowNanos) {
        return nowNanos - staleWhileRevalidateUntilNanos < 0;
    }

    /** Whether, stale at {@code nowNanos}, it may answer in place of a failure of the service. */
    public boolean mayServeOnError(long nowNanos) {
        return nowNanos - staleIfErrorUntilNanos < 0;
    }

    /** Bytes it counts for against the cache's byte bound: its body. */
    public long size() {
        return body.length;
    }

    /**
     * Whether a request selects it: the request's value of each {@code Vary} header is the one stored.
     *
     * @param requestHeader a request header's value by name, "" when absent
     */
    public boolean matches(Function<String, String> requestHeader) {
        return vary.entrySet().stream().allMatch(entry -> entry.getValue().equals(requestHeader.apply(entry.getKey())));
    }
}
