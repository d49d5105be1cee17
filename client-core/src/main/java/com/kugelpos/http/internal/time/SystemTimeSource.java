package com.kugelpos.http.internal.time;

import com.kugelpos.http.spi.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The real clock: {@link System#nanoTime()}, {@link Instant#now()} and one daemon timer thread. */
public final class SystemTimeSource implements TimeSource {

    /** The one instance. */
    public static final SystemTimeSource INSTANCE = new SystemTimeSource();

    private final ScheduledExecutorService timer;

    private SystemTimeSource() {
        ScheduledThreadPoolExecutor executor =
                new ScheduledThreadPoolExecutor(
                        1,
                        runnable -> {
                            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
                            thread.setName("kugelpos-http-timer");
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.setRemoveOnCancelPolicy(true);
        this.timer = executor;
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return timer.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}
