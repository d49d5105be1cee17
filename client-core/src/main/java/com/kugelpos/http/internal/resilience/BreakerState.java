package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

/** One state of a {@link CircuitBreaker}; a new instance is made on every transition. */
sealed interface BreakerState permits ClosedState, OpenState, HalfOpenState {

    /** The public name of this state. */
    CircuitState name();

    /**
     * Asks to let one call or attempt through at {@code nowNanos}.
     *
     * @return the ticket its outcome is reported with, or null when it must fail fast
     */
    Ticket tryPermit(long nowNanos);

    /** Records a failure reported with {@code ticket} and tells whether the breaker must open. */
    boolean recordFailure(Ticket ticket);

    /** Records a success reported with {@code ticket} and tells whether the breaker must close. */
    boolean recordSuccess(Ticket ticket);

    /** Gives back a ticket whose call ended with no outcome to count (cancelled, refused, neutral). */
    default void release(Ticket ticket) {}

    /** What a permit holds of the state that granted it; a half-open state's probe ticket expires. */
    final class Ticket {

        /** The ticket of a closed breaker: any number at once, no expiry. */
        static final Ticket UNBOUNDED = new Ticket(Long.MAX_VALUE);

        private final long expiresAtNanos;

        Ticket(long expiresAtNanos) {
            this.expiresAtNanos = expiresAtNanos;
        }

        /** Whether the ticket has run out at {@code nowNanos}. */
        boolean expiredAt(long nowNanos) {
            return this != UNBOUNDED && nowNanos - expiresAtNanos >= 0;
        }
    }
}
