package com.kugelpos.chaos.toxiproxy;

import java.net.URI;
import java.util.Objects;

/**
 * Where a running Toxiproxy server is and how to reach its proxies, whichever backend runs it.
 *
 * @param source where the server came from
 * @param controlUrl the server's control API, e.g. {@code http://127.0.0.1:41234}
 * @param routing how proxy addresses map between the server and its clients
 */
record ServerAddress(ServerSource source, URI controlUrl, ProxyRouting routing) {

    ServerAddress {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(controlUrl, "controlUrl");
        Objects.requireNonNull(routing, "routing");
    }
}
