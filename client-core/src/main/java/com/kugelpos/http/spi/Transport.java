package com.kugelpos.http.spi;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.internal.transport.JdkTransport;
import java.net.http.HttpClient;
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

    /**
     * The default transport over a JDK client of the caller's: one with a proxy, an authenticator
     * or TLS of its own, or one without a network in a benchmark. Each exchange is the client's
     * blocking {@code send}, run on {@code sends}, whose threads it occupies for the exchange (give it
     * the factory's {@code executor}, or {@code Runnable::run} for a client that answers at once).
     * The client's own settings apply (version, connect timeout, TLS, redirects; client-core's
     * default client uses HTTP/1.1 and follows no redirects), not the registry's. Requests are
     * checked as the JDK checks them, on the caller's thread, before they are handed over.
     */
    static Transport jdk(HttpClient http, Executor sends) {
        return JdkTransport.over(http, sends);
    }

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
