package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/** The cart service's payloads as Pact bodies, only the fields the upstream callers read. */
public final class CartBodies {

    private CartBodies() {}

    /**
     * A transaction as listed for terminal close (row 8): terminal's
     * {@code TerminalService.close_terminal_async} (terminal/app/services/terminal_service.py) reads
     * the number of the last one, and the list's {@code metadata.total}.
     */
    public static PactDslJsonBody transaction() {
        PactDslJsonBody transaction = new PactDslJsonBody();
        transaction.integerType("transactionNo", 1L);
        return transaction;
    }
}
