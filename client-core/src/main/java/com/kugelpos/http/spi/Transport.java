package com.kugelpos.http.spi;

import com.kugelpos.http.config.HttpClientSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends one prepared HTTP request and completes with the response: the bottom of the client's
 * pipeline. Everything above it (retries, breaker, connection cap, instance choice, headers,
 * decoding) is the client's; a transport only moves bytes. The default sends through
 * {@link java.net.http.HttpClient}; tests and benchmarks pass their own through
 * {@code ServiceClients.builder().transport(...)}.
 *
 * <p>Implementations must be thread-safe and must not block the calling thread. The returned future
 * completes with the response whatever its status, or fails with the I/O error; cancelling it should
 * abort the exchange. The client bounds each attempt by its own timer, so a transport that ignores
 * {@link TransportRequest#timeout()} cannot make a call hang past its deadline.
 */
public interface Transport extends AutoCloseable {

    /** Sends {@code request}. */
    CompletableFuture<TransportResponse> send(TransportRequest request);

    /** Frees what the transport holds (connections, threads); the default holds nothing. */
    @Override
    default void close() {}

    /** Makes the transport of one service; called once per service, when it is first used. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param service the service's name, e.g. {@code master-data}
         * @param settings the registry's settings (timeouts, pool, TLS)
         * @param executor the registry's I/O executor, for transports that need one
         */
        Transport create(String service, HttpClientSettings settings, Executor executor);
    }
}
