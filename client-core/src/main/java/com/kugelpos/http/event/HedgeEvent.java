package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;
import java.time.Duration;

/**
 * An idempotent call had not answered after {@code delay}, so a second attempt (number {@code
 * attempt}) was sent to another instance in parallel; the first answer wins.
 */
public record HedgeEvent(CallDescription call, int attempt, Duration delay) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onHedge(this);
    }
}
