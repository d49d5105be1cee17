package com.kugelpos.http.internal.event;

import com.kugelpos.http.event.ClientEvent;
import com.kugelpos.http.event.ClientEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each event to every listener in order; a listener that throws is logged and does not stop
 * the rest. With no listener it does nothing at all. Thread-safe.
 */
public final class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final ClientEventListener[] listeners;

    /** @param listeners called in order */
    public EventPublisher(List<ClientEventListener> listeners) {
        this.listeners = listeners.toArray(new ClientEventListener[0]);
    }

    /** Whether any listener will see events, so that callers can skip building one. */
    public boolean isActive() {
        return listeners.length > 0;
    }

    /** Delivers {@code event} to every listener. */
    public void publish(ClientEvent event) {
        for (ClientEventListener listener : listeners) {
            try {
                event.deliverTo(listener);
            } catch (RuntimeException e) {
                LOG.error("Client event listener {} failed on {}; ignored", listener.getClass().getName(),
                        event.getClass().getSimpleName(), e);
            }
        }
    }
}
