package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.resilience.CircuitBreaker;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The breaker permit a logical call holds for its outcome (when the breaker counts calls), reported
 * at most once however the call ends. Thread-safe.
 */
final class HeldPermit {

    private static final AtomicReferenceFieldUpdater<HeldPermit, CircuitBreaker.Permit> PERMIT =
            AtomicReferenceFieldUpdater.newUpdater(HeldPermit.class, CircuitBreaker.Permit.class, "permit");

    private volatile CircuitBreaker.Permit permit;

    /** The permit held, or null. */
    CircuitBreaker.Permit get() {
        return permit;
    }

    void hold(CircuitBreaker.Permit granted) {
        permit = granted;
    }

    /** Reports {@code outcome} to the permit held, if any, and lets it go; null reports neither success nor failure. */
    void release(Verdict outcome) {
        CircuitBreaker.Permit held = PERMIT.getAndSet(this, null);
        if (held != null) {
            BreakerStage.record(held, outcome);
        }
    }
}
