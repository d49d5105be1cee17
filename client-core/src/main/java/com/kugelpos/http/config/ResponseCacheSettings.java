package com.kugelpos.http.config;

/**
 * The bounds of a service's GET response cache, used by clients that turn it on with {@code
 * ServiceClient.withResponseCache()}; the least recently used entries go first. Immutable.
 *
 * @param maxEntries most responses kept, 1 to 1000000
 * @param maxBytes most body bytes kept in all, 1 byte to 1 GiB; a larger body is not stored
 */
public record ResponseCacheSettings(int maxEntries, long maxBytes) {

    private static final long MAX_BYTES_LIMIT = 1L << 30;

    private static final ResponseCacheSettings DEFAULTS = new ResponseCacheSettings(1000, 16L * 1024 * 1024);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public ResponseCacheSettings {
        if (maxEntries < 1 || maxEntries > 1_000_000) {
            throw new InvalidSettingException("cacheMaxEntries must be between 1 and 1000000, but was " + maxEntries);
        }
        if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
            throw new InvalidSettingException(
                    "cacheMaxBytes must be between 1 and " + MAX_BYTES_LIMIT + ", but was " + maxBytes);
        }
    }

    /** 1000 entries and 16 MiB. */
    public static ResponseCacheSettings defaults() {
        return DEFAULTS;
    }
}
