package com.kugelpos.http.spi;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response as received: status, headers (looked up case-insensitively) and the body as
 * sent, still encoded ({@code Content-Encoding}); the pipeline decodes it. The body array is not
 * copied; no one may change it.
 */
public record TransportResponse(int status, HttpHeaders headers, byte[] body) {

    private static final byte[] EMPTY = new byte[0];

    /** Checks the status and takes a null body as empty. */
    public TransportResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("An HTTP status has three digits, but was " + status);
        }
        Objects.requireNonNull(headers, "headers");
        body = body == null ? EMPTY : body;
    }

    /** A response with headers given as a map of names to their values, e.g. in tests. */
    public static TransportResponse of(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        return new TransportResponse(status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.map().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
