package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

/** OPEN: every call fails at once until {@code reopensAtNanos}, when the breaker goes half-open. */
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
    public boolean tryPermit() {
        return false;
    }

    @Override
    public boolean recordFailure() {
        return false;
    }

    @Override
    public boolean recordSuccess() {
        return false;
    }

    long halfOpenAtNanos() {
        return halfOpenAtNanos;
    }
}
