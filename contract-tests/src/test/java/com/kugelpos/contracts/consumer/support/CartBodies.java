package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/** The payloads the cart service answers with, as Pact bodies with type matchers. */
public final class CartBodies {

    private CartBodies() {}

    /** A transaction as listed for terminal close (row 8). */
    public static PactDslJsonBody transaction() {
        PactDslJsonBody transaction = new PactDslJsonBody();
        transaction.integerType("transactionNo", 1L)
                .integerType("transactionType", 101);
        PactDslJsonBody line = new PactDslJsonBody();
        line.stringMatcher("itemCode", Patterns.CODE, "ITEM1")
                .numberType("quantity", 2)
                .numberType("amount", 300.0);
        AnyLists.objects(transaction, "lineItems", line);
        PactDslJsonBody payment = new PactDslJsonBody();
        payment.stringMatcher("paymentCode", Patterns.CODE, "01")
                .numberType("amount", 300.0);
        AnyLists.objects(transaction, "payments", payment);
        return transaction;
    }
}
