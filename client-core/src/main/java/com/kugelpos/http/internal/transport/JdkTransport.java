package com.kugelpos.http.internal.transport;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.spi.TransportResponse;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default transport: one {@link HttpClient} (one connection pool) per service, HTTP/1.1, the
 * settings' connect timeout and TLS (trust store, host-name verification), redirects not followed.
 * Thread-safe.
 *
 * <p>Each exchange is the JDK client's blocking {@code send}, run on the registry's I/O executor
 * (threads are reused; the connection cap bounds how many are busy per service); the caller's
 * thread only hands the exchange over. On Java 24 and older, {@code sendAsync} completes every
 * response through {@code CompletableFuture}'s default executor, which is a new thread per
 * response when the common pool has a parallelism of 1 (machines with 1 or 2 CPUs); blocking
 * {@code send} skips that hop, and measured faster on Java 17 and as fast or faster on Java 25.
 * Cancelling a send's future interrupts the send, which aborts the JDK exchange.
 */
public final class JdkTransport implements Transport {

    private final HttpClient http;
    private final Executor sends;
    private final JdkHeaderRules headerRules = JdkHeaderRules.ofSystemProperties();

    private JdkTransport(HttpClient http, Executor sends) {
        this.http = http;
        this.sends = sends;
    }

    /** The factory of the default transport. */
    public static Transport.Factory factory() {
        return JdkTransport::create;
    }

    /** The default transport over a JDK client of the caller's: see {@link Transport#jdk(HttpClient, Executor)}. */
    public static Transport over(HttpClient http, Executor sends) {
        return new JdkTransport(Objects.requireNonNull(http, "http"), Objects.requireNonNull(sends, "sends"));
    }

    private static JdkTransport create(String service, HttpClientSettings settings, Executor executor) {
        return new JdkTransport(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeouts().connect())
                .sslContext(TlsContexts.sslContext(settings))
                .sslParameters(TlsContexts.sslParameters())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build(), executor);
    }

    /**
     * @throws IllegalArgumentException when the request is one the JDK client refuses: a header it
     *     does not let callers set (e.g. {@code Host}, {@code Connection}, {@code Content-Length}) or
     *     cannot send, a URL that is not http or https, a timeout that is not positive
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        BlockingExchange exchange = new BlockingExchange(http, new JdkRequest(request, headerRules));
        sends.execute(exchange);
        return exchange.response();
    }
}
