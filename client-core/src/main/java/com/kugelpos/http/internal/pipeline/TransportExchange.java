package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.spi.TimeSource;
import com.kugelpos.http.spi.TransportResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.BiConsumer;

/**
 * One attempt's exchange with the transport, settled once into the attempt's result, by whichever
 * comes first:
 *
 * <ul>
 *   <li>the transport's exchange ends: {@link AttemptResult.Answered} or {@link AttemptResult.Failed},
 *       as classified;
 *   <li>the attempt's bound passes on the injected clock: {@link AttemptResult.Failed} with an {@link
 *       HttpTimeoutException}, and the transport's future is cancelled, whatever the transport does;
 *   <li>the attempt is aborted: {@link AttemptResult.Cancelled}, and the transport's future is
 *       cancelled.
 * </ul>
 *
 * Settling stops the timer and records when the attempt ended. The one object is the attempt's
 * future, the timer's task and the transport's callback, so an attempt allocates none of them as a
 * lambda of its own. Thread-safe.
 */
final class TransportExchange extends CompletableFuture<AttemptResult>
        implements Runnable, BiConsumer<TransportResponse, Throwable> {

    private static final AtomicIntegerFieldUpdater<TransportExchange> SETTLED =
            AtomicIntegerFieldUpdater.newUpdater(TransportExchange.class, "settled");

    private final Attempt attempt;
    private final CompletableFuture<TransportResponse> exchange;
    private final OutcomeClassifier classifier;
    private final TimeSource time;
    /** 1 once the result is decided; only the first of the three endings sets it. */
    private volatile int settled;
    /** Set once, before the transport's callback and the abort are registered (so both see it). */
    private volatile ScheduledFuture<?> guard;

    private TransportExchange(Attempt attempt, CompletableFuture<TransportResponse> exchange,
            OutcomeClassifier classifier, TimeSource time) {
        this.attempt = attempt;
        this.exchange = exchange;
        this.classifier = classifier;
        this.time = time;
    }

    /** Holds {@code exchange}, the transport's answer to {@code attempt}, to the attempt's bound from now on. */
    static TransportExchange start(Attempt attempt, CompletableFuture<TransportResponse> exchange,
            OutcomeClassifier classifier, TimeSource time) {
        TransportExchange settling = new TransportExchange(attempt, exchange, classifier, time);
        settling.guard = time.schedule(settling, attempt.bound());
        exchange.whenComplete(settling);
        attempt.onAbort(settling::abort);
        return settling;
    }

    /** The bound passed: the attempt failed with a timeout, and the transport's exchange is cancelled. */
    @Override
    public void run() {
        if (settle(false)) {
            completeClassified(null, new HttpTimeoutException(
                    "attempt exceeded its bound of " + attempt.bound().toMillis() + " ms"));
            exchange.cancel(true);
        }
    }

    /** The transport's exchange ended with {@code response} or {@code failure}. */
    @Override
    public void accept(TransportResponse response, Throwable failure) {
        if (settle(true)) {
            completeClassified(response, failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
        }
    }

    /** The attempt was aborted: it comes back cancelled, and the transport's exchange is cancelled. */
    private void abort() {
        if (settle(true)) {
            complete(new AttemptResult.Cancelled());
            exchange.cancel(true);
        }
    }

    /**
     * Claims the one ending: records when the attempt ended and, unless the timer is what fired,
     * stops it. False when another ending came first.
     */
    private boolean settle(boolean stopTimer) {
        if (!SETTLED.compareAndSet(this, 0, 1)) {
            return false;
        }
        if (stopTimer) {
            guard.cancel(false);
        }
        attempt.ended(time.nanoTime());
        return true;
    }

    /**
     * Completes with {@code response} or {@code failure} as classified; should the classification
     * throw, with that exception, so the call ends with it instead of waiting for this.
     */
    private void completeClassified(TransportResponse response, Throwable failure) {
        try {
            PreparedRequest request = attempt.request();
            complete(failure != null
                    ? new AttemptResult.Failed(failure,
                            classifier.ofFailure(request.method(), request.hasIdempotencyKey(), failure))
                    : new AttemptResult.Answered(response, classifier.ofResponse(request.method(),
                            request.hasIdempotencyKey(), response.status(), response.headers())));
        } catch (RuntimeException e) {
            completeExceptionally(e);
        }
    }
}
