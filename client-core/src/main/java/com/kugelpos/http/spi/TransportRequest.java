package com.kugelpos.http.spi;

import com.kugelpos.http.HttpMethod;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP request as the pipeline prepared it: every header set, the body encoded (and compressed
 * when the call asked for it). The body array is not copied; no one may change it.
 *
 * @param uri the full URL on the chosen instance
 * @param headers every request header
 * @param body the body, or null for none
 * @param timeout how long this attempt may take, the call's remaining deadline included
 */
public record TransportRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body, Duration timeout) {

    /** Checks that nothing but the body is missing. */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Whether the request has a body. */
    public boolean hasBody() {
        return body != null;
    }
}
