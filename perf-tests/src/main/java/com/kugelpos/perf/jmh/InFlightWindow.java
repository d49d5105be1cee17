package com.kugelpos.perf.jmh;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Keeps a fixed number of calls in flight: {@link #submit} waits for a free place, starts a call
 * and frees the place when the call ends. Remembers the first failure. Thread-safe.
 */
final class InFlightWindow {

    private final int size;
    private final Semaphore places;
    private final LongAdder failures = new LongAdder();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    /** @param size calls in flight at once */
    InFlightWindow(int size) {
        this.size = size;
        this.places = new Semaphore(size);
    }

    /** Waits for a free place, then starts {@code call}. */
    void submit(Supplier<CompletableFuture<?>> call) throws InterruptedException {
        places.acquire();
        CompletableFuture<?> started;
        try {
            started = call.get();
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        started.whenComplete((result, failure) -> {
            if (failure != null) {
                failures.increment();
                firstFailure.compareAndSet(null, failure);
            }
            places.release();
        });
    }

    /**
     * Waits until every call has ended.
     *
     * @throws IllegalStateException if they do not end within {@code limit}, or if any call failed
     */
    void drain(Duration limit) throws InterruptedException {
        if (!places.tryAcquire(size, limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException((size - places.availablePermits()) + " calls still in flight after "
                    + limit.toMillis() + " ms");
        }
        places.release(size);
        if (failures.sum() > 0) {
            throw new IllegalStateException(failures.sum() + " calls failed; the first: " + firstFailure.get(),
                    firstFailure.get());
        }
    }
}
