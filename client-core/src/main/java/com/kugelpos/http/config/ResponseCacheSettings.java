package com.kugelpos.http.config;

/**
 * The bounds of a service's GET response cache, used by clients that turn it on with {@code
 * ServiceClient.withResponseCache()}; the least recently used entries go first. Immutable.
 *
 * @param maxEntries most responses kept, 1 to 1000000
 * @param maxBytes most body bytes kept in all, 1 byte to 1 GiB; a larger body is not stored
 */
public record ResponseCacheSettings(int maxEntries, long maxBytes) {

    /** 1000 entries and 16 MiB. */
    public static final ResponseCacheSettings DEFAULTS = new ResponseCacheSettings(1000, 16L * 1024 * 1024);

    private static final long MAX_BYTES_LIMIT = 1L << 30;

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public ResponseCacheSettings {
        Checks.requireRange("cacheMaxEntries", maxEntries, 1, 1_000_000);
        if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
            throw new InvalidSettingException(
                    "cacheMaxBytes must be between 1 and " + MAX_BYTES_LIMIT + ", but was " + maxBytes);
        }
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
