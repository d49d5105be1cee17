package com.kugelpos.http.config;

import java.util.Objects;

/**
 * How many connections a service gets: the cap on requests in flight and the idle keep-alive
 * connections kept. Unless it is set, the keep-alive limit is derived from the cap, {@code min(20,
 * maxConnections)}, and stays derived when the settings are copied with {@link #toBuilder()}.
 * Immutable; validated when built.
 */
public final class ConnectionPoolSettings {

    /** Connections (requests in flight) per service unless set. */
    public static final int DEFAULT_MAX_CONNECTIONS = 100;

    /** Idle keep-alive connections per service unless set, capped at the connection limit. */
    public static final int DEFAULT_MAX_KEEP_ALIVE = 20;

    /** The connection limits a service may have. */
    static final Range MAX_CONNECTIONS = new Range(1, 10_000);

    /** 100 connections, 20 kept alive. */
    public static final ConnectionPoolSettings DEFAULTS = new Builder(DEFAULT_MAX_CONNECTIONS, null).build();

    private final int maxConnections;
    private final int maxKeepAlive;
    private final boolean maxKeepAliveSet;

    private ConnectionPoolSettings(int maxConnections, Integer maxKeepAlive) {
        this.maxConnections = MAX_CONNECTIONS.require("maxConnections", maxConnections);
        this.maxKeepAliveSet = maxKeepAlive != null;
        this.maxKeepAlive = new Range(0, maxConnections).require("maxKeepAlive",
                maxKeepAliveSet ? maxKeepAlive : Math.min(DEFAULT_MAX_KEEP_ALIVE, maxConnections));
    }

    /** A builder preset with these settings; a derived keep-alive limit stays derived. */
    public Builder toBuilder() {
        return new Builder(maxConnections, maxKeepAliveSet ? maxKeepAlive : null);
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
                && maxKeepAlive == that.maxKeepAlive && maxKeepAliveSet == that.maxKeepAliveSet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxConnections, maxKeepAlive, maxKeepAliveSet);
    }

    @Override
    public String toString() {
        return "ConnectionPoolSettings[maxConnections=" + maxConnections + ", maxKeepAlive=" + maxKeepAlive
                + (maxKeepAliveSet ? "" : " (derived)") + ']';
    }

    /** Builds {@link ConnectionPoolSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private int maxConnections;
        private Integer maxKeepAlive;

        private Builder(int maxConnections, Integer maxKeepAlive) {
            this.maxConnections = maxConnections;
            this.maxKeepAlive = maxKeepAlive;
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

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the value that is out of range
         */
        public ConnectionPoolSettings build() {
            return new ConnectionPoolSettings(maxConnections, maxKeepAlive);
        }
    }
}
