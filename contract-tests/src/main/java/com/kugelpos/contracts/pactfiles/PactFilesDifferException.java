package com.kugelpos.contracts.pactfiles;

/** The generated pacts are not the committed ones; the message lists the differences and the refresh command. */
public final class PactFilesDifferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param report the differences and what to do */
    public PactFilesDifferException(String report) {
        super(report);
    }
}
