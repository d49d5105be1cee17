package com.kugelpos.http.event;

import com.kugelpos.http.CallDescription;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt's outcome.
 *
 * @param attempt the attempt's number, 1 for the first
 * @param instance the base URL of the instance the attempt went to
 * @param status the HTTP status, or 0 when the attempt got no response
 * @param outcome how the attempt ended
 * @param failureReason what went wrong without a response (e.g. {@code response timeout}), or null
 * @param duration from sending the request to the end of the response or the failure
 */
public record AttemptEvent(CallDescription call, int attempt, URI instance, int status, AttemptOutcome outcome,
        String failureReason, Duration duration) implements ClientEvent {

    /** The failure without a response, if there was one. */
    public Optional<String> failure() {
        return Optional.ofNullable(failureReason);
    }

    /** The status class for metrics: {@code 2xx}…{@code 5xx}, or {@code IO_ERROR} without a response. */
    public String statusClass() {
        return status == 0 ? "IO_ERROR" : (status / 100) + "xx";
    }

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onAttempt(this);
    }
}
