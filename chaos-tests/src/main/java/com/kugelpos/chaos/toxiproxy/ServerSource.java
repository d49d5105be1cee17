package com.kugelpos.chaos.toxiproxy;

/** Where the Toxiproxy server of a test run came from, in the order the launcher tries them. */
public enum ServerSource {

    /** A running server named by {@code TOXIPROXY_URL} (system property or environment variable). */
    EXTERNAL_URL,

    /** The {@code ghcr.io/shopify/toxiproxy} container, started by Testcontainers on a Docker engine. */
    DOCKER,

    /** A {@code toxiproxy-server} process started from {@code PATH}, the cache folder, or {@code go install}. */
    LOCAL_BINARY
}
