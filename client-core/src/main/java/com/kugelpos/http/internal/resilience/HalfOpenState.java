package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

import java.util.concurrent.atomic.AtomicBoolean;

/** HALF_OPEN: one probe at a time; its success closes the breaker and its failure re-opens it. */
final class HalfOpenState implements BreakerState {

    private final AtomicBoolean probeInFlight = new AtomicBoolean();

    @Override
    public CircuitState name() {
        return CircuitState.HALF_OPEN;
    }

    @Override
    public boolean tryPermit() {
        return probeInFlight.compareAndSet(false, true);
    }

    @Override
    public boolean recordFailure() {
        return true;
    }

    @Override
    public boolean recordSuccess() {
        return true;
    }

    @Override
    public void release() {
        probeInFlight.set(false);
    }
}
