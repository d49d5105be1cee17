package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;

/**
 * The service's retry budget was spent, so a failed attempt was not retried and the call ended.
 *
 * @param deniedAttempt the number of the attempt that was not made
 * @param reason why the previous attempt failed
 */
public record RetryDeniedEvent(CallDescription call, int deniedAttempt, String reason) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onRetryDenied(this);
    }
}
