package com.kugelpos.http.internal.cache;

import com.kugelpos.http.config.ResponseCacheSettings;
import java.time.Duration;

/**
 * How long after it went stale a response may still answer (RFC 5861): its own {@code
 * stale-while-revalidate} and {@code stale-if-error}, else the settings' defaults; never for a
 * response marked {@code no-cache}, {@code must-revalidate} or {@code proxy-revalidate}. Immutable.
 */
record StaleWindows(Duration whileRevalidating, Duration ifError) {

    private static final StaleWindows NONE = new StaleWindows(Duration.ZERO, Duration.ZERO);

    /** The windows of a response with {@code control}, the settings filling in what it does not say. */
    static StaleWindows of(CacheControl control, ResponseCacheSettings settings) {
        if (!control.allowsStale()) {
            return NONE;
        }
        return new StaleWindows(control.staleWhileRevalidate().orElse(settings.staleWhileRevalidate()),
                control.staleIfError().orElse(settings.staleIfError()));
    }

    /** Whether it could ever answer stale. */
    boolean any() {
        return !whileRevalidating.isZero() || !ifError.isZero();
    }
}
