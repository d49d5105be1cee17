package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.resilience.CircuitBreaker;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The breaker permit a logical call holds for its outcome (when the breaker counts calls), reported
 * at most once however the call ends. Thread-safe.
 */
final class HeldPermit {

    private final AtomicReference<CircuitBreaker.Permit> permit = new AtomicReference<>();

    /** The permit held, or null. */
    CircuitBreaker.Permit get() {
        return permit.get();
    }

    void hold(CircuitBreaker.Permit granted) {
        permit.set(granted);
    }

    /** Reports {@code outcome} to the permit held, if any, and lets it go; null reports neither success nor failure. */
    void release(Verdict outcome) {
        CircuitBreaker.Permit held = permit.getAndSet(null);
        if (held != null) {
            BreakerStage.record(held, outcome);
        }
    }
}
