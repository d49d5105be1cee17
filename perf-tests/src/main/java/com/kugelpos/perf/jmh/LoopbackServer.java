package com.kugelpos.perf.jmh;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A Jetty server on 127.0.0.1 and a free port that answers every request with
 * {@link ItemLookup#RESPONSE_BODY}, counting the connections it accepts. Thread-safe.
 */
final class LoopbackServer implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final LongAdder accepted = new LongAdder();

    /** Starts the server. */
    LoopbackServer() {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.addBean(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                accepted.increment();
            }
        });
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, ItemLookup.RESPONSE_BODY.length);
                response.write(true, ByteBuffer.wrap(ItemLookup.RESPONSE_BODY), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the loopback benchmark server did not start: " + e.getMessage(), e);
        }
    }

    /** The server's base URL, {@code http://127.0.0.1:<port>}. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** Connections accepted since start. */
    long acceptedConnections() {
        return accepted.sum();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the loopback benchmark server did not stop: " + e.getMessage(), e);
        }
    }
}
