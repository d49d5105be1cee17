package com.kugelpos.http.config;

/**
 * What the client puts on every request it sends: the {@code User-Agent} header and gzip compression
 * of large bodies. Immutable; validated when made.
 *
 * @param userAgent the {@code User-Agent} header sent with every request, not blank
 * @param gzipMinBytes request bodies of at least this many bytes are sent gzip-compressed; 0 when never
 */
public record RequestSettings(String userAgent, int gzipMinBytes) {

    /** The {@code User-Agent} the specification prescribes. */
    public static final String DEFAULT_USER_AGENT = "kugelpos-client/1.0";

    /** The gzip thresholds requests may have. */
    static final Range GZIP_MIN_BYTES = new Range(0, Integer.MAX_VALUE);

    /** The specification's {@code User-Agent}; no request compression. */
    public static final RequestSettings DEFAULTS = new RequestSettings(DEFAULT_USER_AGENT, 0);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is not allowed
     */
    public RequestSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new InvalidSettingException("userAgent must not be blank");
        }
        GZIP_MIN_BYTES.require("requestGzipMinBytes", gzipMinBytes);
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link RequestSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String userAgent;
        private int gzipMinBytes;

        private Builder(RequestSettings from) {
            userAgent = from.userAgent;
            gzipMinBytes = from.gzipMinBytes;
        }

        /** @see RequestSettings#userAgent() */
        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        /** @see RequestSettings#gzipMinBytes() (0 turns request compression off) */
        public Builder gzipMinBytes(int value) {
            gzipMinBytes = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is not allowed
         */
        public RequestSettings build() {
            return new RequestSettings(userAgent, gzipMinBytes);
        }
    }
}
