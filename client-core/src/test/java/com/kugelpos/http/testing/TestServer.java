package com.kugelpos.http.testing;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jetty.io.ConnectionStatistics;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A real Jetty server on a random loopback port that answers with scripted replies and counts what
 * it saw from its side: requests, headers, accepted and concurrently open TCP connections.
 */
public final class TestServer implements AutoCloseable {

    /** One scripted reply. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {

        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        public static Reply ok() {
            return json(200, "{\"success\":true,\"code\":200,\"data\":{\"ok\":true}}");
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, all, body, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }
    }

    /**
     * What the server saw of one request; a header sent on several lines holds its values joined by
     * {@code ", "}; {@code rawBody} holds the bytes as received.
     */
    public record Seen(String method, String pathAndQuery, Map<String, String> headers, String body, byte[] rawBody) {}

    private final Server server;
    private final ServerConnector connector;
    private final ConnectionStatistics connections = new ConnectionStatistics();
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Function<Seen, Reply> replies = request -> Reply.ok();

    public TestServer() {
        QueuedThreadPool threads = new QueuedThreadPool(400, 8);
        threads.setName("test-server");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(1024);
        connector.addBean(connections);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return answer(request, response, callback);
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("test server did not start", e);
        }
    }

    /** Scripts replies by request. */
    public TestServer replying(Function<Seen, Reply> script) {
        this.replies = script;
        return this;
    }

    /** Replies in turn from the list, the last one repeated. */
    public TestServer replyingInTurn(Reply... inTurn) {
        AtomicInteger next = new AtomicInteger();
        return replying(request -> inTurn[Math.min(next.getAndIncrement(), inTurn.length - 1)]);
    }

    /** Closes a connection that has been idle this long (Jetty's own default is 30 s). */
    public TestServer closingIdleConnectionsAfter(Duration idle) {
        connector.setIdleTimeout(idle.toMillis());
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    public int port() {
        return connector.getLocalPort();
    }

    public int requestCount() {
        return requests.get();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The most requests the server was working on at once (received, not yet answered). */
    public int maxRequestsInFlight() {
        return maxInFlight.get();
    }

    public long acceptedConnections() {
        return connections.getConnectionsTotal();
    }

    public long maxOpenConnections() {
        return connections.getConnectionsMax();
    }

    public long openConnections() {
        return connections.getConnections();
    }

    private boolean answer(Request request, Response response, Callback callback) throws Exception {
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.getHeaders().forEach(field -> headers.merge(field.getName(), field.getValue(), (a, b) -> a + ", " + b));
        ByteBuffer content = Content.Source.asByteBuffer(request);
        byte[] raw = new byte[content.remaining()];
        content.get(raw);
        String body = new String(raw, StandardCharsets.UTF_8);
        String uri = request.getHttpURI().getPathQuery();
        Seen what = new Seen(request.getMethod(), uri, headers, body, raw);
        seen.add(what);
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Reply reply = replies.apply(what);
        Runnable write = () -> {
            inFlight.decrementAndGet();
            response.setStatus(reply.status());
            reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
            response.write(true, ByteBuffer.wrap(reply.body()), callback);
        };
        if (reply.delay().isZero()) {
            write.run();
        } else {
            request.getComponents().getScheduler().schedule(write, reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
