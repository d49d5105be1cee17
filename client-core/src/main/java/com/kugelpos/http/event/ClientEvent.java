package com.kugelpos.http.event;

/**
 * Something the client did or saw: one record type per kind. A listener receives each event through
 * the method of {@link ClientEventListener} named for its kind. A new kind is one record that
 * implements this interface, one default method on the listener, and the place that publishes it.
 */
public interface ClientEvent {

    /** Hands this event to the method of {@code listener} that observes its kind. */
    void deliverTo(ClientEventListener listener);
}
