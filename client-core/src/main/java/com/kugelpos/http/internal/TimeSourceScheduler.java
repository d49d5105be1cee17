package com.kugelpos.http.internal;

import com.kugelpos.http.time.TimeSource;
import dev.failsafe.spi.Scheduler;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Failsafe schedule retries through the injected {@link TimeSource}, so backoff delays are
 * exact and testable. A task due now runs at once on the calling thread (attempts are non-blocking).
 */
public final class TimeSourceScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TimeSourceScheduler.class);

    private final TimeSource time;

    /** @param time the clock and scheduler to delay retries with */
    public TimeSourceScheduler(TimeSource time) {
        this.time = time;
    }

    @Override
    public ScheduledFuture<?> schedule(Callable<?> callable, long delay, TimeUnit unit) {
        if (delay <= 0) {
            run(callable);
            return Done.INSTANCE;
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

    /** The handle of a task that has already run. */
    private static final class Done extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        static final Done INSTANCE = new Done();

        private Done() {
            complete(null);
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
