package com.kugelpos.chaos.toxiproxy;

/**
 * No Toxiproxy server could be found, started or reached. The message says what failed and how to
 * get a server; the chaos suites fail with it rather than skip.
 */
public final class ToxiproxyUnavailableException extends RuntimeException {

    /** An exception with a message naming what failed and what to do. */
    public ToxiproxyUnavailableException(String message) {
        super(message);
    }

    /** An exception with a message naming what failed and what to do, and its cause. */
    public ToxiproxyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
