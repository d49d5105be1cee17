package com.kugelpos.http.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How many connections a service gets: the cap on requests in flight, the idle keep-alive
 * connections kept and how long an idle one is kept. Unless it is set, the keep-alive limit is derived from the cap, {@code min(20,
 * maxConnections)}, and stays derived when the settings are copied with {@link #toBuilder()}.
 * Immutable; validated when built.
 */
public final class ConnectionPoolSettings {

    /** Connections (requests in flight) per service unless set. */
    public static final int DEFAULT_MAX_CONNECTIONS = 100;

    /** Idle keep-alive connections per service unless set, capped at the connection limit. */
    public static final int DEFAULT_MAX_KEEP_ALIVE = 20;

    /**
     * How long an idle connection is kept unless set: 2 s, well below the idle timeouts servers
     * commonly close at (uvicorn, which serves the Kugelpos services, closes idle keep-alive
     * connections after 5 s), so the client drops a connection before the server does. The margin
     * is for the JDK, which closes an idle connection when its selector next wakes: measured, a 2 s
     * timeout closed after 1.5 to 3.0 s on Java 17 and 25, a 4 s one after 3.0 to 6.3 s on Java 25.
     */
    public static final Duration DEFAULT_KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(2);

    /** The connection limits a service may have. */
    static final Range MAX_CONNECTIONS = new Range(1, 10_000);

    /** The keep-alive timeouts allowed, in whole seconds (the JDK takes whole seconds). */
    static final Range KEEP_ALIVE_SECONDS = new Range(1, 3_600);

    /** 100 connections, 20 kept alive, for 4 s idle. */
    public static final ConnectionPoolSettings DEFAULTS =
            new Builder(DEFAULT_MAX_CONNECTIONS, null, DEFAULT_KEEP_ALIVE_TIMEOUT).build();

    private final int maxConnections;
    private final int maxKeepAlive;
    private final boolean maxKeepAliveSet;
    private final Duration keepAliveTimeout;

    private ConnectionPoolSettings(int maxConnections, Integer maxKeepAlive, Duration keepAliveTimeout) {
        this.maxConnections = MAX_CONNECTIONS.require("maxConnections", maxConnections);
        this.maxKeepAliveSet = maxKeepAlive != null;
        this.maxKeepAlive = new Range(0, maxConnections).require("maxKeepAlive",
                maxKeepAliveSet ? maxKeepAlive : Math.min(DEFAULT_MAX_KEEP_ALIVE, maxConnections));
        this.keepAliveTimeout = requireWholeSeconds(keepAliveTimeout);
    }

    /** A builder preset with these settings; a derived keep-alive limit stays derived. */
    public Builder toBuilder() {
        return new Builder(maxConnections, maxKeepAliveSet ? maxKeepAlive : null, keepAliveTimeout);
    }

    /**
     * How long an idle keep-alive connection is kept before the client closes it, whole seconds from
     * 1 to 3600. Process-wide on the JDK client: see {@code KeepAlivePool}.
     */
    public Duration keepAliveTimeout() {
        return keepAliveTimeout;
    }

    private static Duration requireWholeSeconds(Duration value) {
        Checks.requirePositive("keepAliveTimeout", value);
        if (value.getNano() != 0) {
            throw new InvalidSettingException("keepAliveTimeout must be whole seconds (the JDK takes seconds), but was "
                    + value);
        }
        KEEP_ALIVE_SECONDS.require("keepAliveTimeout (seconds)", value.getSeconds());
        return value;
    }

    /** Most connections (requests in flight) to one service at once, 1 to 10000. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Most idle keep-alive connections kept per service, 0 to {@link #maxConnections()}. */
    public int maxKeepAlive() {
        return maxKeepAlive;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionPoolSettings that && maxConnections == that.maxConnections
                && maxKeepAlive == that.maxKeepAlive && maxKeepAliveSet == that.maxKeepAliveSet
                && keepAliveTimeout.equals(that.keepAliveTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxConnections, maxKeepAlive, maxKeepAliveSet, keepAliveTimeout);
    }

    @Override
    public String toString() {
        return "ConnectionPoolSettings[maxConnections=" + maxConnections + ", maxKeepAlive=" + maxKeepAlive
                + (maxKeepAliveSet ? "" : " (derived)") + ", keepAliveTimeout=" + keepAliveTimeout + ']';
    }

    /** Builds {@link ConnectionPoolSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int maxConnections;
        private Integer maxKeepAlive;
        private Duration keepAliveTimeout;

        private Builder(int maxConnections, Integer maxKeepAlive, Duration keepAliveTimeout) {
            this.maxConnections = maxConnections;
            this.maxKeepAlive = maxKeepAlive;
            this.keepAliveTimeout = keepAliveTimeout;
        }

        /** @see ConnectionPoolSettings#maxConnections() */
        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        /** Sets the keep-alive limit, which then no longer follows the connection limit. */
        public Builder maxKeepAlive(int value) {
            maxKeepAlive = value;
            return this;
        }

        /** @see ConnectionPoolSettings#keepAliveTimeout() */
        public Builder keepAliveTimeout(Duration value) {
            keepAliveTimeout = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public ConnectionPoolSettings build() {
            return new ConnectionPoolSettings(maxConnections, maxKeepAlive, keepAliveTimeout);
        }
    }
}
