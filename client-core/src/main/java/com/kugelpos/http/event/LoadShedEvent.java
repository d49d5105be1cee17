package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CallPriority;

/**
 * The client shed an attempt of {@code call} before sending it, for {@code reason}; the call fails
 * with a {@code LoadShedException}.
 *
 * @param limit the service's concurrency limit at that moment (for that priority)
 */
public record LoadShedEvent(CallDescription call, CallPriority priority, ShedReason reason, int limit)
        implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onLoadShed(this);
    }
}
