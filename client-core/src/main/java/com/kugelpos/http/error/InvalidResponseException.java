package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

/**
 * A response arrived but its body is not what the caller asked for (not JSON, or not the expected
 * shape). The message names the call and the problem, never the body's content.
 */
public class InvalidResponseException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the body */
    public InvalidResponseException(CallDescription call, int statusCode, String message, Throwable cause) {
        super(call, statusCode, "", 1, message, cause);
    }
}
