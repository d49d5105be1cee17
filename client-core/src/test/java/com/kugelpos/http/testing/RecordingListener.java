package com.kugelpos.http.testing;

import com.kugelpos.http.metrics.ClientEventListener;
import com.kugelpos.http.resilience.CircuitTransition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records the client's events; tests wait for a retry to be scheduled before advancing fake time. */
public final class RecordingListener implements ClientEventListener {

    private final BlockingQueue<Duration> retries = new LinkedBlockingQueue<>();
    private final List<Duration> allRetries = new CopyOnWriteArrayList<>();
    private final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
    private final List<CircuitTransition> transitions = new CopyOnWriteArrayList<>();

    @Override
    public void attemptFinished(AttemptEvent event) {
        attempts.add(event);
    }

    @Override
    public void retryScheduled(CallInfo call, int nextAttempt, Duration delay, String reason) {
        allRetries.add(delay);
        retries.add(delay);
    }

    @Override
    public void circuitTransition(CircuitTransition transition) {
        transitions.add(transition);
    }

    /** Waits (at most 10 s) for the next retry to be scheduled and returns its delay. */
    public Duration awaitRetry() throws InterruptedException {
        Duration delay = retries.poll(10, TimeUnit.SECONDS);
        if (delay == null) {
            throw new AssertionError("no retry was scheduled within 10 s");
        }
        return delay;
    }

    public List<Duration> retryDelays() {
        return List.copyOf(allRetries);
    }

    public List<AttemptEvent> attempts() {
        return List.copyOf(attempts);
    }

    public List<CircuitTransition> transitions() {
        return List.copyOf(transitions);
    }
}
