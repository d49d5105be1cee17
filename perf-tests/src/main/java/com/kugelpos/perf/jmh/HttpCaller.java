package com.kugelpos.perf.jmh;

import java.util.concurrent.CompletableFuture;

/**
 * One client under test, making the {@link ItemLookup} call. Implementations are thread-safe and
 * complete the future exceptionally on any answer but 2xx.
 */
interface HttpCaller extends AutoCloseable {

    /** Starts one call. */
    CompletableFuture<?> call();

    /** Releases the client's threads and connections. */
    @Override
    void close();
}
