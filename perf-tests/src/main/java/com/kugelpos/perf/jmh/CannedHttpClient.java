package com.kugelpos.perf.jmh;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} without a network: every request is read as the JDK client reads it
 * before any I/O, then answered at once, on the calling thread, with a {@link CannedResponse}. It
 * isolates what a client does around the transport.
 * The body handler is not used: the response carries the body as bytes already, which is what
 * every caller in the benchmarks asks for. Thread-safe.
 */
final class CannedHttpClient extends HttpClient {

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        readAsTheJdkClientDoes(request);
        @SuppressWarnings("unchecked")
        HttpResponse<T> response = (HttpResponse<T>) new CannedResponse(request);
        return CompletableFuture.completedFuture(response);
    }

    /**
     * What the JDK client does with every request it is given before any I/O: copies its headers
     * into a map of its own (checking each) and reads its timeout and body publisher. However a
     * request was built, its headers are read here.
     */
    private static void readAsTheJdkClientDoes(HttpRequest request) {
        HttpHeaders copied = HttpHeaders.of(request.headers().map(), (name, value) -> !name.isEmpty());
        if (copied.map().isEmpty() || request.timeout().isEmpty()) {
            throw new IllegalStateException("the benchmark's request has no headers or no timeout");
        }
        request.bodyPublisher();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler).join();
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        throw new UnsupportedOperationException("the canned client has no TLS");
    }

    @Override
    public SSLParameters sslParameters() {
        return new SSLParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
        return Optional.empty();
    }
}
