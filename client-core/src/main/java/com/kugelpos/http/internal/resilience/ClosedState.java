package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

import java.util.concurrent.atomic.AtomicInteger;

/** CLOSED: every call goes through; a run of consecutive failures opens the breaker. */
final class ClosedState implements BreakerState {

    private final int threshold;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    ClosedState(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public CircuitState name() {
        return CircuitState.CLOSED;
    }

    @Override
    public boolean tryPermit() {
        return true;
    }

    @Override
    public boolean recordFailure() {
        return consecutiveFailures.incrementAndGet() >= threshold;
    }

    @Override
    public boolean recordSuccess() {
        consecutiveFailures.set(0);
        return false;
    }
}
