package com.kugelpos.http.event;

import java.net.URI;

/** Health checks found the instance at {@code instance} of {@code service} healthy, or unhealthy. */
public record InstanceHealthEvent(String service, URI instance, boolean healthy) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onInstanceHealth(this);
    }
}
