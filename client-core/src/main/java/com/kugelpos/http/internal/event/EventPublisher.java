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
    private final boolean listenersReadTheTrace;

    /** @param listeners called in order, any of which may read the current trace */
    public EventPublisher(List<ClientEventListener> listeners) {
        this(listeners, !listeners.isEmpty());
    }

    /**
     * @param listeners called in order
     * @param listenersReadTheTrace whether any of them may read the current trace or its MDC values
     *     (a user's listener may log); the client's own metrics do not
     */
    public EventPublisher(List<ClientEventListener> listeners, boolean listenersReadTheTrace) {
        this.listeners = listeners.toArray(new ClientEventListener[0]);
        this.listenersReadTheTrace = listenersReadTheTrace;
    }

    /** Whether any listener will see events, so that callers can skip building one. */
    public boolean isActive() {
        return listeners.length > 0;
    }

    /** Whether the trace must be made current while events are delivered, for a listener that may read it. */
    public boolean needsTrace() {
        return listenersReadTheTrace;
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
