package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.ServiceResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * A logical call's future, as the caller gets it: cancelling it, or completing it with a {@link
 * CancellationException}, cancels the call at once (its attempts aborted, no further one), on the
 * thread that cancelled, after the future's own dependents ran. The futures that depend on it are
 * plain ones. Thread-safe.
 */
final class CallFuture extends CompletableFuture<ServiceResponse> {

    private final LogicalCall call;

    CallFuture(LogicalCall call) {
        this.call = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            call.cancelled();
        }
        return cancelled;
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        boolean completed = super.completeExceptionally(failure);
        if (completed && failure instanceof CancellationException) {
            call.cancelled();
        }
        return completed;
    }
}
