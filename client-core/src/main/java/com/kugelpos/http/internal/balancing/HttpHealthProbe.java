package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;

/**
 * Probes an instance with {@code GET <base URL><path>} through the service's own transport (its
 * pool and TLS settings), bypassing the breaker and the connection cap. Whether an answer is healthy
 * is the outcome classifier's call; a failure or no answer within the timeout is unhealthy.
 * Thread-safe.
 */
public final class HttpHealthProbe implements HealthProbe {

    private final Transport transport;
    private final String path;
    private final Duration timeout;
    private final HttpHeaders headers;
    private final IntPredicate healthyStatus;

    /**
     * @param path the health path, starting with {@code /}
     * @param timeout how long a probe may take
     * @param healthyStatus which statuses show a healthy instance
     */
    public HttpHealthProbe(Transport transport, String path, Duration timeout, String userAgent,
            IntPredicate healthyStatus) {
        this.transport = transport;
        this.path = path;
        this.timeout = timeout;
        this.headers = HttpHeaders.of(Map.of("User-Agent", List.of(userAgent)), (name, value) -> true);
        this.healthyStatus = healthyStatus;
    }

    @Override
    public CompletableFuture<Boolean> check(URI baseUrl) {
        TransportRequest request = new TransportRequest(HttpMethod.GET, URI.create(baseUrl + path), headers, null, timeout);
        return transport.send(request).handle((response, failure) -> failure == null && healthyStatus.test(response.status()));
    }
}
