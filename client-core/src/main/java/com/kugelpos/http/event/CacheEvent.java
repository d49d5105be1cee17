package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;

/** A GET went through the response cache, with this outcome. */
public record CacheEvent(CallDescription call, CacheOutcome outcome) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onCacheLookup(this);
    }
}
