package com.kugelpos.http.config;

import java.time.Duration;

/**
 * The bounds and stale modes of a service's GET response cache, used by clients that turn it on
 * with {@code ServiceClient.withResponseCache()}; the least recently used entries go first. The
 * three durations stand in for directives a provider does not send: a response's own {@code
 * max-age} (or {@code Expires}), {@code stale-while-revalidate} and {@code stale-if-error} win, and
 * a response marked {@code no-cache}, {@code must-revalidate} or {@code proxy-revalidate} is never
 * answered stale. Immutable.
 *
 * @param maxEntries most responses kept, 1 to 1000000
 * @param maxBytes most body bytes kept in all, 1 byte to 1 GiB; a larger body is not stored
 * @param defaultMaxAge how long a response without {@code max-age} or {@code Expires} stays fresh;
 *     zero (the default) stores it only with an {@code ETag}, to be revalidated on each use
 * @param staleWhileRevalidate how long after it went stale an entry without the directive still
 *     answers at once while one background request revalidates it; zero (the default) is off
 * @param staleIfError how long after it went stale an entry without the directive answers when the
 *     service fails (connection failure, timeout, 500, 502, 503, 504, open breaker); zero (the
 *     default) is off
 * @param collapse whether identical concurrent GETs (path and query, credentials object and
 *     headers) that go to the service share one request; on by default
 */
public record ResponseCacheSettings(int maxEntries, long maxBytes, Duration defaultMaxAge,
        Duration staleWhileRevalidate, Duration staleIfError, boolean collapse) {

    /** The numbers of entries a cache may keep. */
    static final Range MAX_ENTRIES = new Range(1, 1_000_000);

    /** The numbers of body bytes a cache may keep: up to 1 GiB. */
    static final Range MAX_BYTES = new Range(1, 1L << 30);

    /** The seconds a default freshness or stale window may last: zero (off) to a week. */
    static final Range WINDOW_SECONDS = new Range(0, 7 * 24 * 3600);

    /** 1000 entries, 16 MiB, no default freshness, no stale answers, collapsing on. */
    public static final ResponseCacheSettings DEFAULTS = new ResponseCacheSettings(1000, 16L * 1024 * 1024);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public ResponseCacheSettings {
        MAX_ENTRIES.require("cacheMaxEntries", maxEntries);
        MAX_BYTES.require("cacheMaxBytes", maxBytes);
        Duration longest = Duration.ofSeconds(WINDOW_SECONDS.max());
        Checks.requireZeroUpTo("cacheDefaultMaxAge", defaultMaxAge, longest);
        Checks.requireZeroUpTo("cacheStaleWhileRevalidate", staleWhileRevalidate, longest);
        Checks.requireZeroUpTo("cacheStaleIfError", staleIfError, longest);
    }

    /** These bounds, without default freshness or stale answers, collapsing on. */
    public ResponseCacheSettings(int maxEntries, long maxBytes) {
        this(maxEntries, maxBytes, Duration.ZERO, Duration.ZERO, Duration.ZERO, true);
    }

    /** A builder preset with these values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ResponseCacheSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int maxEntries;
        private long maxBytes;
        private Duration defaultMaxAge;
        private Duration staleWhileRevalidate;
        private Duration staleIfError;
        private boolean collapse;

        private Builder(ResponseCacheSettings from) {
            maxEntries = from.maxEntries;
            maxBytes = from.maxBytes;
            defaultMaxAge = from.defaultMaxAge;
            staleWhileRevalidate = from.staleWhileRevalidate;
            staleIfError = from.staleIfError;
            collapse = from.collapse;
        }

        /** @see ResponseCacheSettings#maxEntries() */
        public Builder maxEntries(int value) {
            maxEntries = value;
            return this;
        }

        /** @see ResponseCacheSettings#maxBytes() */
        public Builder maxBytes(long value) {
            maxBytes = value;
            return this;
        }

        /** @see ResponseCacheSettings#defaultMaxAge() */
        public Builder defaultMaxAge(Duration value) {
            defaultMaxAge = value;
            return this;
        }

        /** @see ResponseCacheSettings#staleWhileRevalidate() */
        public Builder staleWhileRevalidate(Duration value) {
            staleWhileRevalidate = value;
            return this;
        }

        /** @see ResponseCacheSettings#staleIfError() */
        public Builder staleIfError(Duration value) {
            staleIfError = value;
            return this;
        }

        /** @see ResponseCacheSettings#collapse() */
        public Builder collapse(boolean value) {
            collapse = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public ResponseCacheSettings build() {
            return new ResponseCacheSettings(maxEntries, maxBytes, defaultMaxAge, staleWhileRevalidate, staleIfError,
                    collapse);
        }
    }
}
