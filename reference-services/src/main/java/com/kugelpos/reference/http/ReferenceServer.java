package com.kugelpos.reference.http;

import com.kugelpos.reference.stats.ServerStats;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.ConnectionStatistics;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One embedded Jetty 12 server: a bounded {@link QueuedThreadPool}, one connector on the given
 * address with a {@link ConnectionStatistics} bean, and the {@link ApiHandler}. Create it, build
 * the pipeline with its {@link #stats()} and {@link #delayer()}, then {@link #start}.
 */
public final class ReferenceServer implements AutoCloseable {

    /** Largest request body accepted unless configured otherwise: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private final String name;
    private final Server server;
    private final ServerConnector connector;
    private final ServerStats stats;

    /**
     * @param name the service name (thread names, statistics)
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, 0 for a random free one
     * @param maxThreads the thread pool's maximum
     */
    public ReferenceServer(String name, String host, int port, int maxThreads) {
        this.name = Objects.requireNonNull(name, "name");
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
        threads.setName("ref-" + name);
        this.server = new Server(threads);
        // no graceful wait: idle keep-alive connections of clients would hold every stop for the timeout
        this.server.setStopTimeout(0);
        this.connector = new ServerConnector(server);
        this.connector.setHost(host);
        this.connector.setPort(port);
        ConnectionStatistics connections = new ConnectionStatistics();
        this.connector.addBean(connections);
        this.server.addConnector(connector);
        this.stats = new ServerStats(name, connections);
    }

    /** The counters of this server. */
    public ServerStats stats() {
        return stats;
    }

    /** Delays on Jetty's scheduler and resumes on the server's thread pool; never blocks a thread. */
    public Delayer delayer() {
        return delay -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            server.getScheduler().schedule(
                    () -> server.getThreadPool().execute(() -> done.complete(null)),
                    delay.toNanos(),
                    TimeUnit.NANOSECONDS);
            return done;
        };
    }

    /**
     * Starts serving {@code pipeline}.
     *
     * @param pipeline the request pipeline built with this server's stats and delayer
     * @param maxBodyBytes the largest request body accepted
     * @throws IllegalStateException when the port cannot be bound
     */
    public ReferenceServer start(RequestPipeline pipeline, int maxBodyBytes) {
        server.setHandler(new ApiHandler(pipeline, maxBodyBytes));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + name + " on " + connector.getHost() + ":"
                    + connector.getPort() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port}, for clients. */
    public URI url() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0")
                ? "127.0.0.1"
                : connector.getHost();
        return URI.create("http://" + host + ":" + port());
    }

    /** Stops the server at once, closing open connections. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ReferenceServer[" + name + " " + url() + "]";
    }
}
