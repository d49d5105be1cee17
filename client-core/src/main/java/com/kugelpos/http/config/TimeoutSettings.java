package com.kugelpos.http.config;

import java.time.Duration;

/**
 * How long a call may take: the bounds of one attempt and the deadline of the whole call.
 * Immutable; validated when made.
 *
 * @param connect bound on establishing a TCP (and TLS) connection
 * @param response bound on one attempt from sending the request to the last byte of the response
 * @param write bound on sending the request body; added to the attempt's bound when there is a body
 * @param call deadline of a logical call, all attempts, backoff and waits for a connection included
 */
public record TimeoutSettings(Duration connect, Duration response, Duration write, Duration call) {

    /** The specification's bounds: 30 s to connect, for a response and to write; 60 s per call. */
    public static final TimeoutSettings DEFAULTS = new TimeoutSettings(
            Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60));

    /**
     * Validates the bounds.
     *
     * @throws InvalidSettingException naming the first bound that is not a positive duration
     */
    public TimeoutSettings {
        Checks.requirePositive("connectTimeout", connect);
        Checks.requirePositive("responseTimeout", response);
        Checks.requirePositive("writeTimeout", write);
        Checks.requirePositive("callTimeout", call);
    }

    /** A builder preset with these bounds, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link TimeoutSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private Duration connect;
        private Duration response;
        private Duration write;
        private Duration call;

        private Builder(TimeoutSettings from) {
            connect = from.connect;
            response = from.response;
            write = from.write;
            call = from.call;
        }

        /** Sets the connect, response and write bounds at once, as {@code HTTP_TIMEOUT} does. */
        public Builder attempt(Duration value) {
            return connect(value).response(value).write(value);
        }

        /** @see TimeoutSettings#connect() */
        public Builder connect(Duration value) {
            connect = value;
            return this;
        }

        /** @see TimeoutSettings#response() */
        public Builder response(Duration value) {
            response = value;
            return this;
        }

        /** @see TimeoutSettings#write() */
        public Builder write(Duration value) {
            write = value;
            return this;
        }

        /** @see TimeoutSettings#call() */
        public Builder call(Duration value) {
            call = value;
            return this;
        }

        /**
         * Validates the bounds and builds the settings.
         *
         * @throws InvalidSettingException naming the first bound that is not a positive duration
         */
        public TimeoutSettings build() {
            return new TimeoutSettings(connect, response, write, call);
        }
    }
}
