package com.kugelpos.http.internal.balancing;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Asks one instance whether it is healthy. Implementations must not block and must be thread-safe. */
@FunctionalInterface
public interface HealthProbe {

    /**
     * Probes the instance at {@code baseUrl}.
     *
     * @return completes with true when the instance is healthy, false otherwise; never fails
     */
    CompletableFuture<Boolean> check(URI baseUrl);
}
