package com.kugelpos.chaos.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A handle on this JVM's Toxiproxy server, for creating {@link ChaosProxy proxies} between a client
 * under test and the services it calls.
 *
 * <p>The server is found once per JVM, in this order: a running server named by {@code TOXIPROXY_URL}
 * (system property or environment variable); the {@code ghcr.io/shopify/toxiproxy:2.12.0} container if
 * a Docker engine answers; else a local {@code toxiproxy-server} v2.12.0 from {@code PATH}, from the
 * cache folder ({@code TOXIPROXY_CACHE_DIR}, default {@code ~/.cache/kugelpos/toxiproxy/v2.12.0}), or
 * built there with {@code go install}. The server runs until the JVM exits, so many suites share one
 * launch; {@link #close()} deletes the proxies created through this handle and leaves the server up.
 *
 * <pre>{@code
 * try (ToxiproxyServer toxiproxy = ToxiproxyServer.obtain()) {
 *     ChaosProxy orders = toxiproxy.proxy("orders", ordersPort);
 *     orders.toxics().latency(Duration.ofMillis(500));
 *     // point the client at orders.url() and assert what it does
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ToxiproxyServer implements AutoCloseable {

    private final ServerAddress address;
    private final ToxiproxyClient client;
    private final List<ChaosProxy> proxies = new CopyOnWriteArrayList<>();

    ToxiproxyServer(ServerAddress address) {
        this.address = address;
        this.client = new ToxiproxyClient(address.controlUrl().getHost(), address.controlUrl().getPort());
    }

    /**
     * A handle on this JVM's server, launching it on the first call (which may take a minute when
     * {@code go install} has to build it).
     *
     * @throws ToxiproxyUnavailableException when no server can be had; the message says how to get one
     */
    public static ToxiproxyServer obtain() {
        return new ToxiproxyServer(SharedServer.get().address());
    }

    /** The server's control API, e.g. {@code http://127.0.0.1:41234}. */
    public URI controlUrl() {
        return address.controlUrl();
    }

    /** The host on which clients reach the proxies ({@code 127.0.0.1} unless the server runs in Docker). */
    public String host() {
        return address.routing().clientHost();
    }

    /** The Toxiproxy Java client for this server, for anything the proxy helpers do not cover. */
    public ToxiproxyClient client() {
        return client;
    }

    /** Where this server came from. */
    public ServerSource source() {
        return address.source();
    }

    /**
     * Creates a proxy named {@code name} that listens on a free port and forwards to
     * {@code 127.0.0.1:upstreamPort}, with no toxics. It is deleted when this handle is closed.
     *
     * @throws UncheckedIOException when Toxiproxy refuses, e.g. because a proxy of that name exists
     */
    public ChaosProxy proxy(String name, int upstreamPort) {
        ProxyRouting routing = address.routing();
        ProxyRouting.Route route = routing.route(upstreamPort);
        Proxy created;
        try {
            created = ToxiproxyCall.get(
                    "create proxy '" + name + "' listening on " + route.listen() + " to " + route.upstream(),
                    () -> client.createProxy(name, route.listen(), route.upstream()));
        } catch (RuntimeException e) {
            routing.release(ProxyRouting.portOf(route.listen()));
            throw e;
        }
        int serverPort = ProxyRouting.portOf(created.getListen());
        ChaosProxy proxy = new ChaosProxy(created, routing.clientHost(), routing.clientPort(serverPort));
        proxies.add(proxy);
        return proxy;
    }

    /**
     * Deletes the proxies created through this handle; the server keeps running for other suites.
     *
     * @throws UncheckedIOException when a proxy could not be deleted (the others still are)
     */
    @Override
    public void close() {
        UncheckedIOException firstFailure = null;
        for (ChaosProxy proxy : proxies) {
            try {
                proxy.delete();
                address.routing().release(proxy.serverListenPort());
            } catch (UncheckedIOException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                } else {
                    firstFailure.addSuppressed(e);
                }
            }
        }
        proxies.clear();
        if (firstFailure != null) {
            throw firstFailure;
        }
    }
}
