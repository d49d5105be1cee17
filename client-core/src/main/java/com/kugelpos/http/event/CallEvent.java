package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;
import java.time.Duration;
import java.util.Optional;

/**
 * A logical call ended.
 *
 * @param attempts the attempts that reached the transport, the first included
 * @param duration from the start of the call to its end, backoff and waits included
 * @param error the error the call failed with, or null when it succeeded
 */
public record CallEvent(CallDescription call, int attempts, Duration duration, Throwable error) implements ClientEvent {

    /** Whether the call succeeded. */
    public boolean succeeded() {
        return error == null;
    }

    /** The error the call failed with, if it failed. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(error);
    }

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onCall(this);
    }
}
