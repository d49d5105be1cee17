package com.kugelpos.http.internal.transport;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.spi.TransportResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default transport: one {@link HttpClient} (one connection pool) per service, HTTP/1.1, the
 * settings' connect timeout and TLS (trust store, host-name verification), redirects not followed.
 * Cancelling a send's future cancels the JDK exchange. Thread-safe.
 */
public final class JdkTransport implements Transport {

    private final HttpClient http;

    private JdkTransport(HttpClient http) {
        this.http = http;
    }

    /** The factory of the default transport. */
    public static Transport.Factory factory() {
        return JdkTransport::create;
    }

    private static JdkTransport create(String service, HttpClientSettings settings, Executor executor) {
        return new JdkTransport(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeouts().connect())
                .sslContext(TlsContexts.sslContext(settings))
                .sslParameters(TlsContexts.sslParameters())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build());
    }

    /**
     * @throws IllegalArgumentException when a header is one the JDK client does not let callers set
     *     (e.g. {@code Host}, {@code Connection}, {@code Content-Length})
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().map().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        builder.method(request.method().name(), request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody());
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(builder.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        CompletableFuture<TransportResponse> response = exchange.thenApply(
                answer -> new TransportResponse(answer.statusCode(), answer.headers(), answer.body()));
        response.whenComplete((done, failure) -> {
            if (response.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return response;
    }
}
