package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

/** One state of a {@link CircuitBreaker}; a new instance is made on every transition. */
sealed interface BreakerState permits ClosedState, OpenState, HalfOpenState {

    /** The public name of this state. */
    CircuitState name();

    /** Whether a call may go through now; a half-open state grants one probe at a time. */
    boolean tryPermit();

    /** Records a failed attempt permitted in this state and tells whether the breaker must open. */
    boolean recordFailure();

    /** Records a successful attempt permitted in this state and tells whether the breaker must close. */
    boolean recordSuccess();

    /** Gives back a permit whose attempt ended without an outcome (cancelled, never sent). */
    default void release() {}
}
