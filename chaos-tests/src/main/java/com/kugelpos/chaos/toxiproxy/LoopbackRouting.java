package com.kugelpos.chaos.toxiproxy;

/**
 * Routing for a server on this machine: proxies listen on {@code 127.0.0.1} on a port the operating
 * system picks (Toxiproxy reports it back), and forward to {@code 127.0.0.1}. Thread-safe (stateless).
 */
final class LoopbackRouting implements ProxyRouting {

    private static final String LOOPBACK = "127.0.0.1";

    @Override
    public Route route(int upstreamPort) {
        return new Route(LOOPBACK + ":0", LOOPBACK + ":" + upstreamPort);
    }

    @Override
    public String clientHost() {
        return LOOPBACK;
    }

    @Override
    public int clientPort(int serverListenPort) {
        return serverListenPort;
    }

    @Override
    public void release(int serverListenPort) {
        // the operating system reclaims the port when the proxy stops listening
    }
}
