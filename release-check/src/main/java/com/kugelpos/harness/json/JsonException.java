package com.kugelpos.harness.json;

/** A JSON text or file that cannot be read; the message names what and where. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the problem and its cause, which may be null. */
    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
