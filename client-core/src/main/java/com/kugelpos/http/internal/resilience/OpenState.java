package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

/** OPEN: everything fails at once until {@code halfOpenAtNanos}, when the breaker goes half-open. */
final class OpenState implements BreakerState {

    private final long halfOpenAtNanos;

    OpenState(long halfOpenAtNanos) {
        this.halfOpenAtNanos = halfOpenAtNanos;
    }

    @Override
    public CircuitState name() {
        return CircuitState.OPEN;
    }

    @Override
    public Ticket tryPermit(long nowNanos) {
        return null;
    }

    @Override
    public boolean recordFailure(Ticket ticket, long nowNanos) {
        return false;
    }

    @Override
    public boolean recordSuccess(Ticket ticket, long nowNanos) {
        return false;
    }

    long halfOpenAtNanos() {
        return halfOpenAtNanos;
    }
}
