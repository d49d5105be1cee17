package com.kugelpos.http.event;

/**
 * Something the client did or saw: one record type per kind. A listener receives each event through
 * the method of {@link ClientEventListener} named for its kind.
 */
public sealed interface ClientEvent
        permits AttemptEvent, RetryEvent, RetryDeniedEvent, CacheEvent, CallEvent, BreakerTransitionEvent,
                InstanceEjectedEvent, InstanceHealthEvent {

    /** Hands this event to the method of {@code listener} that observes its kind. */
    void deliverTo(ClientEventListener listener);
}
