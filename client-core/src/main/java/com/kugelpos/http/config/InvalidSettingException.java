package com.kugelpos.http.config;

/**
 * A setting or environment variable has a value the client cannot use. The message names the
 * setting, the value (masked when it is a secret) and what is allowed, so it can be fixed at once.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the setting, its value and what is allowed. */
    public InvalidSettingException(String message) {
        super(message);
    }

    /** Creates the exception with a cause, e.g. the parse error of the value. */
    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
