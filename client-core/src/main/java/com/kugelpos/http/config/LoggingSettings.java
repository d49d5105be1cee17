package com.kugelpos.http.config;

/**
 * What the client writes about calls beyond the one line per attempt. Immutable; validated when made.
 *
 * @param debug whether headers and bodies are logged (masked) at DEBUG, the specification's {@code debug=True}
 * @param maxErrorBodyChars most characters of a response body kept in an exception, 0 to 1000000
 */
public record LoggingSettings(boolean debug, int maxErrorBodyChars) {

    /** The numbers of characters of an error body an exception may keep. */
    static final Range MAX_ERROR_BODY_CHARS = new Range(0, 1_000_000);

    /** No debug logging; 2048 characters of an error body. */
    public static final LoggingSettings DEFAULTS = new LoggingSettings(false, 2048);

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException naming the value that is out of range
     */
    public LoggingSettings {
        MAX_ERROR_BODY_CHARS.require("maxErrorBodyChars", maxErrorBodyChars);
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link LoggingSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private boolean debug;
        private int maxErrorBodyChars;

        private Builder(LoggingSettings from) {
            debug = from.debug;
            maxErrorBodyChars = from.maxErrorBodyChars;
        }

        /** @see LoggingSettings#debug() */
        public Builder debug(boolean value) {
            debug = value;
            return this;
        }

        /** @see LoggingSettings#maxErrorBodyChars() */
        public Builder maxErrorBodyChars(int value) {
            maxErrorBodyChars = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public LoggingSettings build() {
            return new LoggingSettings(debug, maxErrorBodyChars);
        }
    }
}
