package com.kugelpos.chaos.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.Toxic;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * One Toxiproxy proxy between a client and a service: the client calls {@link #url()}, the proxy
 * forwards to the service, and {@link #toxics()} adds faults on the way. Created by
 * {@link ToxiproxyServer#proxy(String, int)}. Every method that changes the proxy throws
 * {@link UncheckedIOException} naming the proxy when the Toxiproxy API fails. Thread-safe.
 */
public final class ChaosProxy {

    private final Proxy proxy;
    private final String host;
    private final int listenPort;
    private final int serverListenPort;
    private final Toxics toxics;

    ChaosProxy(Proxy proxy, String host, int listenPort) {
        this.proxy = proxy;
        this.host = host;
        this.listenPort = listenPort;
        this.serverListenPort = ProxyRouting.portOf(proxy.getListen());
        this.toxics = new Toxics(proxy.getName(), proxy.toxics());
    }

    /** The proxy's name in Toxiproxy. */
    public String name() {
        return proxy.getName();
    }

    /** The host clients connect to. */
    public String host() {
        return host;
    }

    /** The port clients connect to. */
    public int listenPort() {
        return listenPort;
    }

    /** The base URL clients call instead of the service's, e.g. {@code http://127.0.0.1:40123}. */
    public URI url() {
        return URI.create("http://" + host + ":" + listenPort);
    }

    /** The faults of this proxy, named by intent. */
    public Toxics toxics() {
        return toxics;
    }

    /**
     * Takes the service down (Toxiproxy's {@code down}): open connections are closed and new ones are
     * refused until {@link #enable()}.
     */
    public void disable() {
        ToxiproxyCall.run("disable proxy '" + name() + "'", proxy::disable);
    }

    /** Brings the service back after {@link #disable()}, on the same port. */
    public void enable() {
        ToxiproxyCall.run("enable proxy '" + name() + "'", proxy::enable);
    }

    /** Removes every toxic of this proxy, so it forwards faithfully again. */
    public void removeAllToxics() {
        ToxiproxyCall.run(
                "remove the toxics of proxy '" + name() + "'",
                () -> {
                    for (Toxic toxic : proxy.toxics().getAll()) {
                        toxic.remove();
                    }
                });
    }

    /** Deletes the proxy from the server. */
    void delete() {
        ToxiproxyCall.run("delete proxy '" + name() + "'", proxy::delete);
    }

    /** The port the proxy listens on inside the server (differs from {@link #listenPort()} in Docker). */
    int serverListenPort() {
        return serverListenPort;
    }

    @Override
    public String toString() {
        return "ChaosProxy[" + name() + " " + url() + " -> " + proxy.getUpstream() + "]";
    }
}
