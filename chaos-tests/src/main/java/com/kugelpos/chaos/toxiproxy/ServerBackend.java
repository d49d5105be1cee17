package com.kugelpos.chaos.toxiproxy;

import java.net.URI;

/** One running Toxiproxy server, however it was obtained; {@link #close()} stops what was started. */
interface ServerBackend extends AutoCloseable {

    /** Where the server came from. */
    ServerSource source();

    /** The server's control API, e.g. {@code http://127.0.0.1:41234}. */
    URI controlUrl();

    /** How proxy addresses map between the server and its clients. */
    ProxyRouting routing();

    /** Stops the server if this backend started it; never throws. */
    @Override
    void close();
}
