package com.kugelpos.harness.run;

/** A command line the release check refuses; the message says what was wrong and what to do. Exit status 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With the message shown after {@code harness: }. */
    public UsageException(String message) {
        super(message);
    }
}
