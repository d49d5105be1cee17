package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

/**
 * No usable response: the connection was refused, reset, timed out or closed early, or the response
 * could not be read or decoded.
 */
public class ConnectionFailureException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    /** @param reason what went wrong, e.g. {@code connection refused}; must hold no secrets */
    public ConnectionFailureException(CallDescription call, String reason, int attempts, Throwable cause) {
        super(call, NO_STATUS, "", attempts, call + " failed after " + plural(attempts) + ": " + reason, cause);
    }
}
