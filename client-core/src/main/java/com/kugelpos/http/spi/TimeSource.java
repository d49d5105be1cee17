package com.kugelpos.http.spi;

import com.kugelpos.http.internal.time.SystemTimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * The one seam through which the client reads time and schedules delayed work.
 *
 * <p>Backoff, breaker timers, {@code Retry-After}, deadlines and connection-slot waits all go
 * through this interface, so tests substitute a fake that advances time by hand and asserts exact
 * delays instead of sleeping. Implementations must be thread-safe.
 */
public interface TimeSource {

    /** A monotonic reading in nanoseconds, for measuring elapsed time; its origin is arbitrary. */
    long nanoTime();

    /** The wall-clock time, for parsing HTTP dates such as {@code Retry-After}. */
    Instant now();

    /**
     * Runs {@code task} once after {@code delay}.
     *
     * @return a handle that cancels the task if it has not run yet
     */
    ScheduledFuture<?> schedule(Runnable task, Duration delay);

    /** The system clock with a shared daemon scheduler. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}
