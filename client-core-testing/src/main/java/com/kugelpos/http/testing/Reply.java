package com.kugelpos.http.testing;

import com.kugelpos.http.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link FakeTransport} does with one request: answer with a response, fail with an
 * exception, or never answer. Immutable.
 */
public final class Reply {

    private final TransportResponse response;
    private final Throwable failure;

    private Reply(TransportResponse response, Throwable failure) {
        this.response = response;
        this.failure = failure;
    }

    /** A response with {@code status}, no headers and an empty body. */
    public static Reply status(int status) {
        return of(status, Map.of(), new byte[0]);
    }

    /** A response with {@code status} and {@code json} as its body, {@code Content-Type: application/json}. */
    public static Reply json(int status, String json) {
        return of(status, Map.of("content-type", List.of("application/json")), json.getBytes(StandardCharsets.UTF_8));
    }

    /** A response as given; header names are matched case-insensitively. */
    public static Reply of(int status, Map<String, List<String>> headers, byte[] body) {
        return new Reply(TransportResponse.of(status, headers, body), null);
    }

    /** A transport failure, e.g. {@code new java.net.ConnectException("refused")}. */
    public static Reply failure(Throwable failure) {
        return new Reply(null, failure);
    }

    /** No answer ever: the exchange stays open until the client's bound or a cancellation ends it. */
    public static Reply never() {
        return new Reply(null, null);
    }

    /** This reply with one more header (a response only). */
    public Reply withHeader(String name, String value) {
        if (response == null) {
            throw new IllegalStateException("Only a response has headers");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers().map());
        headers.put(name, List.of(value));
        return of(response.status(), headers, response.body());
    }

    /** The exchange this reply gives: completed, failed, or pending for ever. */
    CompletableFuture<TransportResponse> start() {
        if (response != null) {
            return CompletableFuture.completedFuture(response);
        }
        return failure != null ? CompletableFuture.failedFuture(failure) : new CompletableFuture<>();
    }
}
