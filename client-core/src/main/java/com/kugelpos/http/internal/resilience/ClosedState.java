package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;
import java.util.concurrent.atomic.AtomicInteger;

/** CLOSED: everything goes through; a run of consecutive failures opens the breaker. */
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
    public Ticket tryPermit(long nowNanos) {
        return Ticket.UNBOUNDED;
    }

    @Override
    public boolean recordFailure(Ticket ticket) {
        return consecutiveFailures.incrementAndGet() >= threshold;
    }

    @Override
    public boolean recordSuccess(Ticket ticket) {
        consecutiveFailures.set(0);
        return false;
    }
}
