package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CLOSED: everything goes through; a run of consecutive failures opens the breaker, a success ends
 * the run. A failure counts only if no success was reported while it ran (since its permit was
 * granted): then the service as a whole failed, and not one request (a poison route) among others
 * that the service answers. So the order in which concurrent calls happen to end cannot open it.
 */
final class ClosedState implements BreakerState {

    private final int threshold;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong lastSuccessNanos;

    /** @param sinceNanos when the state began: successes before it are not known */
    ClosedState(int threshold, long sinceNanos) {
        this.threshold = threshold;
        this.lastSuccessNanos = new AtomicLong(sinceNanos);
    }

    @Override
    public CircuitState name() {
        return CircuitState.CLOSED;
    }

    @Override
    public Ticket tryPermit(long nowNanos) {
        return Ticket.unbounded(nowNanos);
    }

    @Override
    public boolean recordFailure(Ticket ticket, long nowNanos) {
        if (lastSuccessNanos.get() - ticket.grantedAtNanos() > 0) {
            return false;
        }
        return consecutiveFailures.incrementAndGet() >= threshold;
    }

    @Override
    public boolean recordSuccess(Ticket ticket, long nowNanos) {
        lastSuccessNanos.accumulateAndGet(nowNanos, (last, now) -> now - last > 0 ? now : last);
        consecutiveFailures.set(0);
        return false;
    }
}
