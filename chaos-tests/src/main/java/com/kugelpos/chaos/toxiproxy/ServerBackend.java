package com.kugelpos.chaos.toxiproxy;

/** One running Toxiproxy server, however it was obtained; {@link #close()} stops what was started. */
interface ServerBackend extends AutoCloseable {

    /** Where the server is and how its proxies are reached. */
    ServerAddress address();

    /** Stops the server if this backend started it; never throws. */
    @Override
    void close();
}
