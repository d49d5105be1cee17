package com.kugelpos.chaos.toxiproxy;

/**
 * How the addresses of a proxy look from the server's side and from the client's side: the same for a
 * server on this machine, different for one in a container.
 */
interface ProxyRouting {

    /** Reserves a listen address and names the upstream for a new proxy to {@code 127.0.0.1:upstreamPort}. */
    Route route(int upstreamPort);

    /** The host on which clients reach the proxies. */
    String clientHost();

    /** The port on which clients reach a proxy that the server reports listening on {@code serverListenPort}. */
    int clientPort(int serverListenPort);

    /** Gives back the listen port of a deleted proxy (or of one that could not be created). */
    void release(int serverListenPort);

    /** The port part of a Toxiproxy {@code host:port} address. */
    static int portOf(String hostAndPort) {
        return Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
    }

    /**
     * The addresses to give Toxiproxy's create call.
     *
     * @param listen where the proxy listens, as the server sees it
     * @param upstream where the proxy forwards to, as the server sees it
     */
    record Route(String listen, String upstream) {}
}
