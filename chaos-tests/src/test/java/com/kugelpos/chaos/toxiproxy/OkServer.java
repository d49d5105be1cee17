package com.kugelpos.chaos.toxiproxy;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A Jetty server on {@code 127.0.0.1} and a random port that answers every request with 200 "ok"
 * and counts the requests it answered.
 */
public final class OkServer {

    /** The body of every answer. */
    public static final String BODY = "ok";

    private final Server server;
    private final AtomicInteger requests;

    private OkServer(Server server, AtomicInteger requests) {
        this.server = server;
        this.requests = requests;
    }

    /** Starts a server; the caller stops it. */
    public static OkServer start() throws Exception {
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        AtomicInteger requests = new AtomicInteger();
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                requests.incrementAndGet();
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                Content.Sink.write(response, true, BODY, callback);
                return true;
            }
        });
        server.start();
        return new OkServer(server, requests);
    }

    /** Requests answered so far. */
    public int requestCount() {
        return requests.get();
    }

    /** The port the server listens on. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Stops the server. */
    public void stop() throws Exception {
        server.stop();
    }
}
