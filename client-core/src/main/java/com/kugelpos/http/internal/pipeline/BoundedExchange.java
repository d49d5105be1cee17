package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.spi.TimeSource;
import com.kugelpos.http.spi.TransportResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiConsumer;

/**
 * One attempt's exchange held to the attempt's bound on the injected clock: completes with the
 * transport's response or failure; fails with an {@link HttpTimeoutException} when the bound passes
 * first, and then cancels the transport's future, whatever the transport does; is cancelled, with
 * the transport's future, when the attempt is aborted. The one object is the timer's task and the
 * transport's callback, so an attempt allocates neither as a lambda of its own. Thread-safe.
 */
final class BoundedExchange extends CompletableFuture<TransportResponse>
        implements Runnable, BiConsumer<TransportResponse, Throwable> {

    private final CompletableFuture<TransportResponse> exchange;
    private final Duration bound;
    /** Set once, before the transport's callback is registered (so the callback sees it). */
    private volatile ScheduledFuture<?> guard;

    private BoundedExchange(CompletableFuture<TransportResponse> exchange, Duration bound) {
        this.exchange = exchange;
        this.bound = bound;
    }

    /** Holds {@code exchange} to {@code bound}, from now on {@code time}. */
    static BoundedExchange of(CompletableFuture<TransportResponse> exchange, Duration bound, TimeSource time) {
        BoundedExchange bounded = new BoundedExchange(exchange, bound);
        bounded.guard = time.schedule(bounded, bound);
        exchange.whenComplete(bounded);
        return bounded;
    }

    /** The bound passed: fails with a timeout and cancels the transport's exchange, unless it ended first. */
    @Override
    public void run() {
        if (completeExceptionally(new HttpTimeoutException("attempt exceeded its bound of " + bound.toMillis() + " ms"))) {
            exchange.cancel(true);
        }
    }

    /** The transport's exchange ended: passes its response or failure on, unless this ended first. */
    @Override
    public void accept(TransportResponse response, Throwable failure) {
        if (failure != null) {
            completeExceptionally(failure);
        } else {
            complete(response);
        }
    }

    /** The attempt was aborted: cancels this and the transport's exchange, unless it ended first. */
    void abort() {
        if (cancel(false)) {
            exchange.cancel(true);
        }
    }

    /** Stops the timer once this has ended, however it ended. */
    void stopGuard() {
        guard.cancel(false);
    }
}
