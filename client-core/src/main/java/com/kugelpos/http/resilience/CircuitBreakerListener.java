package com.kugelpos.http.resilience;

/**
 * Receives breaker state transitions. Called on the thread that caused the transition: it must be
 * fast and must not throw (an exception is logged and ignored).
 */
@FunctionalInterface
public interface CircuitBreakerListener {

    /** Called once per transition, after the new state is in force. */
    void onTransition(CircuitTransition transition);
}
