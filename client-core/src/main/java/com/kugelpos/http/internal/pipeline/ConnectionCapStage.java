package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.error.NoFreeConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The service's connection cap: an attempt waits, first come first served, for one of the
 * service's connection slots, at most until the call's deadline (then it is refused with a {@link
 * NoFreeConnectionException}), and frees the slot the moment its result is back. An attempt
 * aborted while it waits (its call cancelled, or a hedge that lost) leaves the line at once.
 */
final class ConnectionCapStage implements AttemptStage {

    private final ConnectionLimiter limiter;

    ConnectionCapStage(ConnectionLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        ConnectionLimiter.Slot free = limiter.tryAcquire();
        if (free != null) {
            attempt.slot(free);
            return next.proceedAndReturn(attempt);
        }
        LogicalCall call = attempt.call();
        CompletableFuture<ConnectionLimiter.Slot> acquired = limiter.acquire(call.deadline(),
                () -> new NoFreeConnectionException(call.description(), limiter.maxSlots(), call.sent()));
        attempt.onAbort(() -> acquired.cancel(false));
        return acquired
                .handle((slot, noSlot) -> {
                    if (acquired.isCancelled()) {
                        return CompletableFuture.<AttemptResult>completedFuture(new AttemptResult.Cancelled());
                    }
                    if (noSlot != null) {
                        return CompletableFuture.<AttemptResult>completedFuture(
                                new AttemptResult.Refused((NoFreeConnectionException) noSlot));
                    }
                    attempt.slot(slot);
                    return next.proceedAndReturn(attempt);
                })
                .thenCompose(Function.identity());
    }

    /** Frees the slot the moment the result is back. */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        attempt.slot().release();
        return result;
    }
}
