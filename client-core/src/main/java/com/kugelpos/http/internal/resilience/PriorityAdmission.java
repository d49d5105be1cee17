package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits a service's attempts under its adaptive concurrency limit by priority. A low-priority
 * attempt goes only while the attempts in flight fill less than its share of the limit and no
 * high-priority attempt waits; otherwise it is shed at once. A high-priority attempt goes while
 * the limit is not full; otherwise it waits, first come first served, for the next attempt to end,
 * at most for the service's recent short latency average (in that time about a whole limit's worth
 * of attempts end, so a high-priority attempt that gets none of their places finds its own class
 * over the limit) and never past its call's deadline; then it is shed. So under pressure the
 * low class gives way and the high class queues briefly instead of being refused. Thread-safe.
 */
public final class PriorityAdmission {

    private final GradientLimit limit;
    private final int lowPriorityPercent;
    private final TimeSource time;
    private final Deque<Waiter> highWaiters = new ArrayDeque<>();
    private int inFlight;

    /**
     * @param limit the service's adaptive limit
     * @param lowPriorityPercent the share of the limit that low-priority attempts may fill, 1 to 100
     * @param time where waits are timed
     */
    public PriorityAdmission(GradientLimit limit, int lowPriorityPercent, TimeSource time) {
        this.limit = limit;
        this.lowPriorityPercent = lowPriorityPercent;
        this.time = time;
    }

    /**
     * Admits an attempt now, or (high priority only) when a place frees within the wait allowed.
     *
     * @param priority the attempt's call priority
     * @param deadlineLeft what is left of the call's deadline, the longest a high-priority attempt waits
     * @return completes with the attempt's place, or with empty when it is shed; cancelling it leaves the line
     */
    public CompletableFuture<Optional<Place>> admit(CallPriority priority, Duration deadlineLeft) {
        Waiter waiter;
        long waitNanos;
        synchronized (this) {
            int allowed = allowed(priority);
            if (inFlight < allowed && (priority == CallPriority.HIGH || highWaiters.isEmpty())) {
                inFlight++;
                return CompletableFuture.completedFuture(Optional.of(new Place()));
            }
            waitNanos = priority == CallPriority.HIGH ? Math.min(limit.shortLatencyNanos(), deadlineLeft.toNanos()) : 0;
            if (waitNanos <= 0) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            waiter = new Waiter();
            highWaiters.addLast(waiter);
        }
        waiter.timeout = time.schedule(() -> expire(waiter), Duration.ofNanos(waitNanos));
        waiter.future.whenComplete((place, failure) -> {
            if (waiter.future.isCancelled()) {
                leave(waiter);
            }
        });
        return waiter.future;
    }

    /** The attempts in flight a call of {@code priority} may join now. */
    public int allowed(CallPriority priority) {
        int current = limit.limit();
        return priority == CallPriority.HIGH ? current : Math.max(1, current * lowPriorityPercent / 100);
    }

    /** Attempts in flight now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** High-priority attempts waiting for a place now. */
    public synchronized int waiting() {
        return highWaiters.size();
    }

    private void leave(Waiter waiter) {
        synchronized (this) {
            highWaiters.remove(waiter);
        }
        waiter.timeout.cancel(false);
    }

    private void expire(Waiter waiter) {
        boolean removed;
        synchronized (this) {
            removed = highWaiters.remove(waiter);
        }
        if (removed) {
            waiter.future.complete(Optional.empty());
        }
    }

    /** Ends one attempt: its place goes to the first waiter if the limit allows, else it is given up. */
    private void free() {
        Waiter next;
        synchronized (this) {
            next = inFlight <= limit.limit() ? highWaiters.pollFirst() : null;
            if (next == null) {
                inFlight--;
                return;
            }
        }
        if (next.timeout != null) {
            next.timeout.cancel(false);
        }
        if (!next.future.complete(Optional.of(new Place()))) {
            free();
        }
    }

    private static final class Waiter {
        final CompletableFuture<Optional<Place>> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;
    }

    /** One admitted attempt's place under the limit; {@link #release()} gives it back (only the first call counts). */
    public final class Place {
        private final AtomicBoolean released = new AtomicBoolean();

        private Place() {}

        /**
         * Gives the place back, to the first waiting high-priority attempt or to the limit.
         *
         * @return the attempts in flight as this one ended, itself included
         */
        public int release() {
            if (!released.compareAndSet(false, true)) {
                return inFlight();
            }
            int atEnd = inFlight();
            free();
            return atEnd;
        }
    }
}
