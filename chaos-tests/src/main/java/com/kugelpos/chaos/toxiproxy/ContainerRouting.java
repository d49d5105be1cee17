package com.kugelpos.chaos.toxiproxy;

import java.util.NavigableSet;
import java.util.TreeSet;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;

/**
 * Routing for the Toxiproxy container: a proxy listens on one of the ports the container exposes
 * (8666 to 8697), clients reach it through the port Docker maps it to, and it forwards to this machine
 * through Testcontainers' host gateway. Thread-safe.
 */
final class ContainerRouting implements ProxyRouting {

    private static final int FIRST_PROXY_PORT = 8666;
    private static final int LAST_PROXY_PORT = 8697;
    private static final String HOST_GATEWAY = "host.testcontainers.internal";

    private final GenericContainer<?> container;
    private final NavigableSet<Integer> freePorts = new TreeSet<>();

    ContainerRouting(GenericContainer<?> container) {
        this.container = container;
        for (int port = FIRST_PROXY_PORT; port <= LAST_PROXY_PORT; port++) {
            freePorts.add(port);
        }
    }

    @Override
    public synchronized Route route(int upstreamPort) {
        if (freePorts.isEmpty()) {
            throw new IllegalStateException(
                    "All " + (LAST_PROXY_PORT - FIRST_PROXY_PORT + 1) + " proxy ports of the Toxiproxy container are"
                            + " in use; close the ToxiproxyServer handles of finished tests to delete their proxies.");
        }
        Testcontainers.exposeHostPorts(upstreamPort);
        int port = freePorts.pollFirst();
        return new Route("0.0.0.0:" + port, HOST_GATEWAY + ":" + upstreamPort);
    }

    @Override
    public String clientHost() {
        return container.getHost();
    }

    @Override
    public int clientPort(int serverListenPort) {
        return container.getMappedPort(serverListenPort);
    }

    @Override
    public synchronized void release(int serverListenPort) {
        if (serverListenPort >= FIRST_PROXY_PORT && serverListenPort <= LAST_PROXY_PORT) {
            freePorts.add(serverListenPort);
        }
    }
}
