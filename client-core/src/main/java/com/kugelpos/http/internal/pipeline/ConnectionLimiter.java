package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.Deadline;
import com.kugelpos.http.spi.TimeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

/**
 * Caps the requests in flight to one service, and so the connections the JDK client opens to it
 * (HTTP/1.1 carries one request per connection at a time). Waiters are served first come, first
 * served; a waiter whose deadline passes fails, so the wait counts against the call's deadline.
 * Thread-safe.
 */
public final class ConnectionLimiter {

    private final int maxSlots;
    private final TimeSource time;
    private final Deque<Waiter> waiters = new ArrayDeque<>();
    private int inUse;

    /** @param maxSlots connections allowed at once */
    public ConnectionLimiter(int maxSlots, TimeSource time) {
        this.maxSlots = maxSlots;
        this.time = time;
    }

    /**
     * Takes a slot, now or when one is freed; cancelling the returned future leaves the line.
     *
     * @param deadline when to give up waiting
     * @param onTimeout the exception the returned future fails with when the deadline passes first
     */
    public CompletableFuture<Slot> acquire(Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
        Waiter waiter;
        synchronized (this) {
            Slot free = takeFreeSlot();
            if (free != null) {
                return CompletableFuture.completedFuture(free);
            }
            waiter = new Waiter();
            waiters.addLast(waiter);
        }
        waiter.timeout = time.schedule(() -> expire(waiter, onTimeout), deadline.remaining());
        waiter.future.whenComplete((slot, failure) -> {
            if (waiter.future.isCancelled()) {
                leave(waiter);
            }
        });
        return waiter.future;
    }

    /**
     * Takes a slot if one is free now and no one waits for one, without a future: the path of
     * every attempt that does not have to wait.
     *
     * @return the slot, or null when the attempt has to wait ({@link #acquire})
     */
    public synchronized Slot tryAcquire() {
        return takeFreeSlot();
    }

    /** A free slot, counted in use, or null; the caller holds this object's lock. */
    private Slot takeFreeSlot() {
        if (inUse < maxSlots && waiters.isEmpty()) {
            inUse++;
            return new Slot();
        }
        return null;
    }

    /** Slots in use now. */
    public synchronized int inUse() {
        return inUse;
    }

    /** Calls waiting for a slot now. */
    public synchronized int waiting() {
        return waiters.size();
    }

    /** The cap. */
    public int maxSlots() {
        return maxSlots;
    }

    private void leave(Waiter waiter) {
        synchronized (this) {
            waiters.remove(waiter);
        }
        waiter.timeout.cancel(false);
    }

    private void expire(Waiter waiter, Supplier<? extends RuntimeException> onTimeout) {
        boolean removed;
        synchronized (this) {
            removed = waiters.remove(waiter);
        }
        if (removed) {
            waiter.future.completeExceptionally(onTimeout.get());
        }
    }

    private void free() {
        Waiter next;
        synchronized (this) {
            next = waiters.pollFirst();
            if (next == null) {
                inUse--;
                return;
            }
        }
        if (next.timeout != null) {
            next.timeout.cancel(false);
        }
        if (!next.future.complete(new Slot())) {
            free();
        }
    }

    private static final class Waiter {
        final CompletableFuture<Slot> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;
    }

    /** One connection slot; {@link #release()} gives it back (only the first call counts). */
    public final class Slot {
        private static final AtomicIntegerFieldUpdater<Slot> RELEASED =
                AtomicIntegerFieldUpdater.newUpdater(Slot.class, "released");

        /** 1 once given back. */
        private volatile int released;

        private Slot() {}

        /** Gives the slot back to the next waiter, or to the pool. */
        public void release() {
            if (RELEASED.compareAndSet(this, 0, 1)) {
                free();
            }
        }
    }
}
