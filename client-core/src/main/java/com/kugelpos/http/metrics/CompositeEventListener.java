package com.kugelpos.http.metrics;

import com.kugelpos.http.resilience.CircuitTransition;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards every event to several listeners; one that throws is logged and does not stop the rest. */
public final class CompositeEventListener implements ClientEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(CompositeEventListener.class);

    private final List<ClientEventListener> listeners;

    /** @param listeners called in order */
    public CompositeEventListener(List<ClientEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void attemptFinished(AttemptEvent event) {
        each(listener -> listener.attemptFinished(event));
    }

    @Override
    public void retryScheduled(CallInfo call, int nextAttempt, Duration delay, String reason) {
        each(listener -> listener.retryScheduled(call, nextAttempt, delay, reason));
    }

    @Override
    public void retryDenied(CallInfo call, int deniedAttempt, String reason) {
        each(listener -> listener.retryDenied(call, deniedAttempt, reason));
    }

    @Override
    public void cacheLookup(CallInfo call, String outcome) {
        each(listener -> listener.cacheLookup(call, outcome));
    }

    @Override
    public void callFinished(CallInfo call, int attempts, Duration duration, Throwable failure) {
        each(listener -> listener.callFinished(call, attempts, duration, failure));
    }

    @Override
    public void circuitTransition(CircuitTransition transition) {
        each(listener -> listener.circuitTransition(transition));
    }

    @Override
    public void endpointEjected(String service, URI endpoint, Duration period) {
        each(listener -> listener.endpointEjected(service, endpoint, period));
    }

    @Override
    public void endpointHealthChanged(String service, URI endpoint, boolean healthy) {
        each(listener -> listener.endpointHealthChanged(service, endpoint, healthy));
    }

    private void each(Consumer<ClientEventListener> event) {
        for (ClientEventListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.error("Client event listener {} failed; ignored", listener.getClass().getName(), e);
            }
        }
    }
}
