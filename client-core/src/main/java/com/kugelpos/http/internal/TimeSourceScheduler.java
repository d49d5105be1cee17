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
 * exact and testable. Failsafe asks for the first attempt with a delay of zero: it runs at once on
 * the calling thread, so a call takes its place in the connection queue before it returns. A retry
 * due at once (e.g. after {@code Retry-After: 0}) is asked for with {@link #IMMEDIATE_RETRY} and runs
 * on the I/O executor: running it on the calling thread would re-enter Failsafe while it is still
 * finishing the previous attempt, which then cancels the call.
 */
public final class TimeSourceScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TimeSourceScheduler.class);

    /** The delay that marks a retry due at once. */
    static final Duration IMMEDIATE_RETRY = Duration.ofNanos(1);

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
            run(callable);
            return Started.DONE;
        }
        if (unit.toNanos(delay) <= IMMEDIATE_RETRY.toNanos()) {
            Started started = new Started();
            executor.execute(() -> {
                run(callable);
                started.complete(null);
            });
            return started;
        }
        return time.schedule(() -> run(callable), Duration.ofNanos(unit.toNanos(delay)));
    }

    /** The delay to give Failsafe for a retry after {@code delay}: never zero, which Failsafe uses for first attempts. */
    static Duration retryDelay(Duration delay) {
        return delay.compareTo(IMMEDIATE_RETRY) < 0 ? IMMEDIATE_RETRY : delay;
    }

    private static void run(Callable<?> callable) {
        try {
            callable.call();
        } catch (Exception e) {
            LOG.error("A scheduled retry step failed unexpectedly", e);
        }
    }

    /** The handle of a task that is due now: run already, or handed to the executor. */
    private static final class Started extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        static final Started DONE = new Started();

        static {
            DONE.complete(null);
        }

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
