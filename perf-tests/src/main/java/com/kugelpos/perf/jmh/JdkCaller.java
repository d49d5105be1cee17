package com.kugelpos.perf.jmh;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** The raw {@link HttpClient}: one request built per call, no policies, metrics or logging. */
final class JdkCaller implements HttpCaller {

    private final HttpClient http;
    private final URI base;

    /** @param http the JDK client to send with: a real one, or a {@link CannedHttpClient} */
    JdkCaller(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A caller with a JDK client of its own, HTTP/1.1 like client-core's. */
    static JdkCaller overNetwork(URI base) {
        return new JdkCaller(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), base);
    }

    @Override
    public CompletableFuture<?> call() {
        return http.sendAsync(ItemLookup.jdkRequest(base), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    ItemLookup.requireSuccess(response.statusCode());
                    return response.body();
                });
    }

    /** Nothing to release on Java 17: the JDK client's selector thread ends once it is unreachable. */
    @Override
    public void close() {}
}
