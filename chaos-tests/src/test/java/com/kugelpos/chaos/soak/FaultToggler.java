package com.kugelpos.chaos.soak;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link RandomFaults#toggle()} on its own thread, each time after the pause the faults draw.
 * A failure to switch a fault stops the toggling and is thrown by {@link #close()}.
 */
final class FaultToggler implements AutoCloseable {

    private final RandomFaults faults;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "soak-fault-toggler");
        thread.setDaemon(true);
        return thread;
    });

    FaultToggler(RandomFaults faults) {
        this.faults = faults;
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Starts toggling. */
    void start() {
        scheduleNext();
    }

    /** Stops toggling, waits for a toggle under way to end, and throws the failure of a toggle, if any. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fault toggler did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the fault toggler", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("switching a fault failed: " + failure.get().getMessage(), failure.get());
        }
    }

    private void scheduleNext() {
        try {
            scheduler.schedule(this::toggleThenScheduleNext, faults.nextPause().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // closed meanwhile: no next toggle
        }
    }

    private void toggleThenScheduleNext() {
        try {
            faults.toggle();
            scheduleNext();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
