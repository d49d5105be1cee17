package com.kugelpos.http.testing;

import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when a test calls {@link #advance(Duration)}, which runs the tasks that
 * fall due, in order, on the calling thread. Thread-safe.
 */
public final class FakeTimeSource implements TimeSource {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Instant epoch;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingLong((Task t) -> t.dueNanos).thenComparingLong(t -> t.sequence));
    private final List<Duration> scheduledDelays = new ArrayList<>();
    private long sequence;

    /** A clock at 2026-01-01T00:00:00Z. */
    public FakeTimeSource() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A clock whose wall-clock time starts at {@code start}. */
    public FakeTimeSource(Instant start) {
        this.epoch = start;
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return epoch.plusNanos(nanos.get() - 1_000_000_000L);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable runnable, Duration delay) {
        Task task = new Task(runnable, delay, nanos.get() + Math.max(0, delay.toNanos()), sequence++);
        tasks.add(task);
        scheduledDelays.add(delay);
        notifyAll();
        return task;
    }

    /** Moves time forward, running every task that falls due on the way. */
    public void advance(Duration by) {
        long target = nanos.get() + by.toNanos();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.dueNanos > target) {
                    break;
                }
                tasks.poll();
            }
            nanos.set(Math.max(nanos.get(), next.dueNanos));
            if (!next.isCancelled()) {
                next.runnable.run();
                next.complete(null);
            }
        }
        nanos.set(target);
    }

    /**
     * Waits (at most 10 s of real time) until a task with this delay is pending, so that a test
     * advances time only once the code under test has scheduled what it should.
     */
    public synchronized void awaitScheduled(Duration delay) throws InterruptedException {
        long giveUpAt = System.nanoTime() + 10_000_000_000L;
        while (tasks.stream().noneMatch(t -> !t.isCancelled() && t.delay.equals(delay))) {
            long left = giveUpAt - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("nothing was scheduled with a delay of " + delay + "; delays seen: " + scheduledDelays);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Every delay ever scheduled, in order. */
    public synchronized List<Duration> scheduledDelays() {
        return List.copyOf(scheduledDelays);
    }

    /** Tasks waiting, cancelled ones excluded. */
    public synchronized long pendingTasks() {
        return tasks.stream().filter(t -> !t.isCancelled()).count();
    }

    private final class Task extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        final Runnable runnable;
        final Duration delay;
        final long dueNanos;
        final long sequence;

        Task(Runnable runnable, Duration delay, long dueNanos, long sequence) {
            this.runnable = runnable;
            this.delay = delay;
            this.dueNanos = dueNanos;
            this.sequence = sequence;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nanos.get(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
