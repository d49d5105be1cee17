package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

/**
 * Every connection slot of the service was in use until the call's deadline: the pool is saturated.
 * Raise {@code HTTP_MAX_CONNECTIONS} or lower the load.
 */
public class NoFreeConnectionException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    /** @param maxConnections the pool's size */
    public NoFreeConnectionException(CallDescription call, int maxConnections, int attempts) {
        super(call, NO_STATUS, "", attempts,
                call + " found no free connection: all " + maxConnections
                        + " connections to the service stayed in use until the deadline", null);
    }
}
