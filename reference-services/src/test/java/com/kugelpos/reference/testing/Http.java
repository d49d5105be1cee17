package com.kugelpos.reference.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny blocking test client of the reference services (JDK HttpClient, 127.0.0.1 only). */
public final class Http {

    /** API key of fixture terminal T1-S1-1. */
    public static final String API_KEY_1 = "ref-api-key-T1-S1-1";
    /** Query of fixture terminal T1-S1-1. */
    public static final String TERMINAL_1 = "terminal_id=T1-S1-1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Http(URI base) {
        this.base = base;
    }

    /** A client of the service at {@code base}. */
    public static Http to(URI base) {
        return new Http(base);
    }

    /** Adds a header to every request of this client (returns a copy). */
    public Http header(String name, String value) {
        Http copy = new Http(base);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** With terminal T1-S1-1's API key. */
    public Http apiKey() {
        return header("X-API-KEY", API_KEY_1);
    }

    /** With a bearer token. */
    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** GET. */
    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    /** POST with a body (or none when {@code null}). */
    public Reply post(String pathAndQuery, String body) {
        return send("POST", pathAndQuery, body == null ? null : body.getBytes());
    }

    /** Any method with raw bytes. */
    public Reply send(String method, String pathAndQuery, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A response.
     *
     * @param status the status
     * @param body the body text
     * @param headers the headers
     */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The envelope's data. */
        public JsonNode data() {
            return json().path("data");
        }

        /** The error envelope's user_error.code. */
        public String errorCode() {
            return json().path("user_error").path("code").asText();
        }
    }
}
