package com.kugelpos.http.config;

/**
 * The bounds of a service's GET response cache, used by clients that turn it on with {@code
 * ServiceClient.withResponseCache()}; the least recently used entries go first. Immutable.
 *
 * @param maxEntries most responses kept, 1 to 1000000
 * @param maxBytes most body bytes kept in all, 1 byte to 1 GiB; a larger body is not stored
 */
public record ResponseCacheSettings(int maxEntries, long maxBytes) {

    /** The numbers of entries a cache may keep. */
    static final Range MAX_ENTRIES = new Range(1, 1_000_000);

    /** The numbers of body bytes a cache may keep: up to 1 GiB. */
    static final Range MAX_BYTES = new Range(1, 1L << 30);

    /** 1000 entries and 16 MiB. */
    public static final ResponseCacheSettings DEFAULTS = new ResponseCacheSettings(1000, 16L * 1024 * 1024);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public ResponseCacheSettings {
        MAX_ENTRIES.require("cacheMaxEntries", maxEntries);
        MAX_BYTES.require("cacheMaxBytes", maxBytes);
    }

    /** A builder preset with these bounds, to change one of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ResponseCacheSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int maxEntries;
        private long maxBytes;

        private Builder(ResponseCacheSettings from) {
            maxEntries = from.maxEntries;
            maxBytes = from.maxBytes;
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

        /**
         * Validates the bounds and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public ResponseCacheSettings build() {
            return new ResponseCacheSettings(maxEntries, maxBytes);
        }
    }
}
