package com.kugelpos.http.event;

import java.net.URI;
import java.time.Duration;

/**
 * Outlier detection ejected the instance at {@code instance} of {@code service} for {@code period},
 * by the rule {@code reason}.
 */
public record InstanceEjectedEvent(String service, URI instance, Duration period, EjectionReason reason)
        implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onInstanceEjected(this);
    }
}
