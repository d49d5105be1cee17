package com.kugelpos.http.balancing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Probes an instance with {@code GET <base URL><path>} on the service's own JDK client (its pool and
 * TLS settings), bypassing the breaker and the connection cap: a 2xx answer within the timeout is
 * healthy, anything else is not. Thread-safe.
 */
public final class HttpHealthProbe implements HealthProbe {

    private final HttpClient http;
    private final String path;
    private final Duration timeout;
    private final String userAgent;

    /**
     * @param path the health path, starting with {@code /}
     * @param timeout how long a probe may take
     */
    public HttpHealthProbe(HttpClient http, String path, Duration timeout, String userAgent) {
        this.http = http;
        this.path = path;
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    @Override
    public CompletableFuture<Boolean> check(URI baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null && response.statusCode() / 100 == 2);
    }
}
