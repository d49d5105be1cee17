package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HALF_OPEN: one probe at a time; its success closes the breaker and its failure re-opens it. A
 * probe's ticket runs out after {@code leaseNanos} (the longest an attempt may take): a probe that
 * has not reported by then no longer blocks the next one, and once a newer probe is out the old
 * one's outcome is ignored.
 */
final class HalfOpenState implements BreakerState {

    private final long leaseNanos;
    private final AtomicReference<Ticket> probe = new AtomicReference<>();

    HalfOpenState(long leaseNanos) {
        this.leaseNanos = leaseNanos;
    }

    @Override
    public CircuitState name() {
        return CircuitState.HALF_OPEN;
    }

    @Override
    public Ticket tryPermit(long nowNanos) {
        Ticket current = probe.get();
        if (current != null && !current.expiredAt(nowNanos)) {
            return null;
        }
        Ticket next = new Ticket(nowNanos, nowNanos + leaseNanos, true);
        return probe.compareAndSet(current, next) ? next : null;
    }

    @Override
    public boolean recordFailure(Ticket ticket, long nowNanos) {
        return probe.get() == ticket;
    }

    @Override
    public boolean recordSuccess(Ticket ticket, long nowNanos) {
        return probe.get() == ticket;
    }

    @Override
    public void release(Ticket ticket) {
        probe.compareAndSet(ticket, null);
    }
}
