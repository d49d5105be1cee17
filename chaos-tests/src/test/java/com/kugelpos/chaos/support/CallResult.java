package com.kugelpos.chaos.support;

import com.kugelpos.http.ServiceResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How one call ended, seen by the caller: the response or the failure, and how long the call took
 * from the start to the end. A call still running after its bound counts as hung: its failure is a
 * {@link java.util.concurrent.TimeoutException}.
 *
 * @param response the response, or null when the call failed
 * @param failure why the call failed (the future's cause, unwrapped), or null when it succeeded
 * @param took from making the call to its end
 */
public record CallResult(ServiceResponse response, Throwable failure, Duration took) {

    /** The longest a test waits for any call before calling it hung. */
    public static final Duration HUNG_AFTER = Duration.ofSeconds(5);

    /** Makes the call now and waits for its end, at most {@link #HUNG_AFTER}. */
    public static CallResult of(Supplier<CompletableFuture<ServiceResponse>> call) {
        long start = System.nanoTime();
        try {
            ServiceResponse response = call.get().orTimeout(HUNG_AFTER.toMillis(), TimeUnit.MILLISECONDS).join();
            return new CallResult(response, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (CompletionException e) {
            return new CallResult(null, e.getCause(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Whether the call succeeded. */
    public boolean succeeded() {
        return failure == null;
    }

    /** Milliseconds the call took. */
    public long millis() {
        return took.toMillis();
    }
}
