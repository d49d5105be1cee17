package com.kugelpos.perf.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The raw {@link HttpClient} in its best configuration measured on Java 17: blocking {@code send}
 * on a cached pool of threads (one busy thread per call in flight), which skips the hop of every
 * {@code sendAsync} completion to {@code CompletableFuture}'s default executor.
 */
final class JdkBlockingCaller implements HttpCaller {

    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jdk-blocking-caller");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    JdkBlockingCaller(URI base) {
        this.base = base;
    }

    @Override
    public CompletableFuture<?> call() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<byte[]> response = http.send(ItemLookup.jdkRequest(base),
                        HttpResponse.BodyHandlers.ofByteArray());
                ItemLookup.requireSuccess(response.statusCode());
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }, threads);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
