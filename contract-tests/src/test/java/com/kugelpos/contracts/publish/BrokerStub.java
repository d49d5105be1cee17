package com.kugelpos.contracts.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Pact Broker API stub on a random loopback port, answering what the real clients ask for:
 * the HAL index at {@code GET /} ({@code pb:publish-contracts},
 * {@code pb:provider-pacts-for-verification}), {@code POST /contracts/publish}, the
 * pacts-for-verification POST (no pacts), {@code GET /matrix} (deployable), a pacticipant version
 * with its {@code pb:record-deployment} link to environment {@code production}, and that
 * deployment's POST. Every request is recorded for the test to inspect. Thread-safe.
 */
public final class BrokerStub implements AutoCloseable {

    /** A request as the stub received it. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private BrokerStub(HttpServer server) {
        this.server = server;
    }

    /** Starts the stub on 127.0.0.1 and a random port. */
    public static BrokerStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        BrokerStub stub = new BrokerStub(server);
        server.createContext("/", stub::handle);
        server.start();
        return stub;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(method, path, query == null ? "" : query, Map.copyOf(exchange.getRequestHeaders()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            if (method.equals("GET") && path.equals("/")) {
                reply(exchange, 200, "{\"_links\": {\"pb:publish-contracts\": {\"href\": \"" + url()
                        + "/contracts/publish\", \"title\": \"Publish contracts\"}, \"pb:provider-pacts-for-verification\":"
                        + " {\"href\": \"" + url() + "/pacts/provider/{provider}/for-verification\", \"templated\": true}}}");
            } else if (method.equals("POST") && path.equals("/contracts/publish")) {
                reply(exchange, 200, "{\"notices\": [{\"type\": \"success\", \"text\": \"published\"}], \"_links\": {}}");
            } else if (method.equals("POST") && path.startsWith("/pacts/provider/") && path.endsWith("/for-verification")) {
                reply(exchange, 200, "{\"_embedded\": {\"pacts\": []}, \"_links\": {}}");
            } else if (method.equals("GET") && path.equals("/matrix")) {
                reply(exchange, 200, "{\"summary\": {\"deployable\": true, \"reason\": \"All required verification"
                        + " results are published and successful\", \"success\": 1, \"failed\": 0, \"unknown\": 0},"
                        + " \"matrix\": [], \"notices\": []}");
            } else if (method.equals("GET") && path.matches("/pacticipants/[^/]+/versions/[^/]+")) {
                reply(exchange, 200, "{\"number\": \"" + path.substring(path.lastIndexOf('/') + 1) + "\", \"_links\": {"
                        + "\"self\": {\"href\": \"" + url() + path + "\"}, \"pb:record-deployment\": [{\"name\":"
                        + " \"production\", \"href\": \"" + url() + path + "/deployed-versions/environment/env-1\"}]}}");
            } else if (method.equals("POST") && path.endsWith("/deployed-versions/environment/env-1")) {
                reply(exchange, 201, "{\"uuid\": \"deployment-1\", \"currentlyDeployed\": true}");
            } else {
                reply(exchange, 404, "{\"error\": \"not in the stub\"}");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
