package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;
import java.time.Duration;

/**
 * A failed attempt will be retried.
 *
 * @param nextAttempt the number of the attempt that will be made
 * @param delay the backoff or {@code Retry-After} delay before it
 * @param reason why the previous attempt failed, e.g. {@code HTTP 503}
 */
public record RetryEvent(CallDescription call, int nextAttempt, Duration delay, String reason) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onRetry(this);
    }
}
