package com.kugelpos.http.event;

import com.kugelpos.http.CircuitState;
import java.time.Instant;

/** A service's circuit breaker went from one state to another at {@code at} (wall-clock time). */
public record BreakerTransitionEvent(String service, CircuitState from, CircuitState to, Instant at)
        implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onBreakerTransition(this);
    }
}
