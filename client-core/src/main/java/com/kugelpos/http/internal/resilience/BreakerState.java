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

    /** Records a failure reported at {@code nowNanos} with {@code ticket}; tells whether the breaker must open. */
    boolean recordFailure(Ticket ticket, long nowNanos);

    /** Records a success reported at {@code nowNanos} with {@code ticket}; tells whether the breaker must close. */
    boolean recordSuccess(Ticket ticket, long nowNanos);

    /** Gives back a ticket whose call ended with no outcome to count (cancelled, refused, neutral). */
    default void release(Ticket ticket) {}

    /**
     * What a permit holds of the state that granted it: when it was granted, and for a half-open
     * state's probe when it runs out.
     *
     * @param grantedAtNanos when the permit was granted
     * @param expiresAtNanos when it runs out; meaningful only if {@code expires}
     * @param expires whether it runs out
     */
    record Ticket(long grantedAtNanos, long expiresAtNanos, boolean expires) {

        /** A ticket granted at {@code nowNanos} that never runs out. */
        static Ticket unbounded(long nowNanos) {
            return new Ticket(nowNanos, 0, false);
        }

        /** Whether the ticket has run out at {@code nowNanos}. */
        boolean expiredAt(long nowNanos) {
            return expires && nowNanos - expiresAtNanos >= 0;
        }
    }
}
