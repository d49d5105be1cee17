package com.kugelpos.contracts.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Pact state-change URL on loopback, as a provider team would serve one beside its service:
 * {@code POST /pact/provider-states} with {@code {"state", "params", "action"}} sets the state up
 * through {@code setup} and answers the values it hands the verifier. Used to verify a provider
 * "running elsewhere" the way a real one is verified. Close it to stop it.
 */
final class StateChangeEndpoint implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PATH = "/pact/provider-states";

    private final HttpServer server;
    private final ProviderStateSetup setup;
    private final AtomicInteger setUps = new AtomicInteger();

    private StateChangeEndpoint(HttpServer server, ProviderStateSetup setup) {
        this.server = server;
        this.setup = setup;
    }

    /** Starts the endpoint on a free loopback port. */
    static StateChangeEndpoint start(ProviderStateSetup setup) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StateChangeEndpoint endpoint = new StateChangeEndpoint(server, setup);
        server.createContext(PATH, endpoint::handle);
        server.start();
        return endpoint;
    }

    /** The state-change URL. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** How many states were set up through it. */
    int setUps() {
        return setUps.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            JsonNode request = MAPPER.readTree(in);
            Map<String, Object> answer = Map.of();
            int status = 200;
            try {
                if ("setup".equals(request.path("action").asText("setup"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> params = MAPPER.convertValue(request.path("params"), Map.class);
                    answer = setup.setUp(request.path("state").asText(), params == null ? Map.of() : params);
                    setUps.incrementAndGet();
                }
            } catch (IllegalArgumentException e) {
                status = 400;
                answer = Map.of("error", e.getMessage());
            }
            byte[] body = MAPPER.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
