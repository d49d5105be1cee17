package com.kugelpos.http.internal;

import com.kugelpos.http.time.TimeSource;
import dev.failsafe.spi.Scheduler;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Failsafe schedule retries through the injected {@link TimeSource}, so backoff delays are
 * exact and testable. A task due now (e.g. after {@code Retry-After: 0}) runs at once on the I/O
 * executor: running it on the calling thread would re-enter Failsafe while it is still finishing the
 * previous attempt, which then cancels the call.
 */
public final class TimeSourceScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TimeSourceScheduler.class);

    private final TimeSource time;
    private final Executor executor;

    /**
     * @param time the clock and scheduler to delay retries with
     * @param executor runs the tasks that are due at once
     */
    public TimeSourceScheduler(TimeSource time, Executor executor) {
        this.time = time;
        this.executor = executor;
    }

    @Override
    public ScheduledFuture<?> schedule(Callable<?> callable, long delay, TimeUnit unit) {
        if (delay <= 0) {
            Started started = new Started();
            executor.execute(() -> {
                run(callable);
                started.complete(null);
            });
            return started;
        }
        return time.schedule(() -> run(callable), Duration.ofNanos(unit.toNanos(delay)));
    }

    private static void run(Callable<?> callable) {
        try {
            callable.call();
        } catch (Exception e) {
            LOG.error("A scheduled retry step failed unexpectedly", e);
        }
    }

    /** The handle of a task that is due now and handed to the executor. */
    private static final class Started extends CompletableFuture<Object> implements ScheduledFuture<Object> {

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
