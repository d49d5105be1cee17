package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

import java.time.Duration;

/** The call's overall deadline (attempts, backoff and waits included) passed before it succeeded. */
public class DeadlineExceededException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    /** @param deadline the call's overall time budget */
    public DeadlineExceededException(CallDescription call, Duration deadline, int attempts, Throwable lastFailure) {
        super(call, NO_STATUS, "", attempts,
                call + " exceeded its deadline of " + deadline.toMillis() + " ms after " + plural(attempts)
                        + (lastFailure == null ? "" : "; last failure: " + lastFailure.getMessage()),
                lastFailure);
    }
}
