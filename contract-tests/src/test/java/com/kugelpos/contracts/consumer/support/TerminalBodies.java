package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/** The payloads the terminal service answers with, as Pact bodies with type and regex matchers. */
public final class TerminalBodies {

    private TerminalBodies() {}

    /** A terminal (row 1), without its secrets. */
    public static PactDslJsonBody terminal() {
        PactDslJsonBody terminal = new PactDslJsonBody();
        terminal.stringMatcher("terminalId", Patterns.TERMINAL_ID, "T1-S1-1")
                .stringMatcher("tenantId", Patterns.CODE, "T1")
                .stringMatcher("storeCode", Patterns.CODE, "S1")
                .integerType("terminalNo", 1)
                .stringType("description", "Register 1")
                .stringType("functionMode", "Sales")
                .stringType("status", "Opened")
                .stringMatcher("businessDate", Patterns.BUSINESS_DATE, "20250101")
                .integerType("openCounter", 1)
                .integerType("businessCounter", 1)
                .numberType("initialAmount", 0.0)
                .numberType("physicalAmount", 0.0)
                .stringMatcher("entryDatetime", Patterns.DATE_TIME, "2025-01-01T00:00:00Z");
        terminal.object("staff")
                .stringMatcher("staffId", Patterns.CODE, "S01")
                .stringType("staffName", "Alice")
                .closeObject();
        return terminal;
    }

    /** A terminal as listed for a store (row 13). */
    public static PactDslJsonBody terminalSummary() {
        PactDslJsonBody terminal = new PactDslJsonBody();
        terminal.stringMatcher("terminalId", Patterns.TERMINAL_ID, "T1-S1-1")
                .stringMatcher("storeCode", Patterns.CODE, "S1")
                .integerType("terminalNo", 1)
                .stringType("description", "Register 1")
                .stringType("status", "Opened");
        return terminal;
    }

    /** A store (row 6). */
    public static PactDslJsonBody store() {
        PactDslJsonBody store = new PactDslJsonBody();
        store.stringMatcher("storeCode", Patterns.CODE, "S1")
                .stringType("storeName", "Store 1")
                .stringType("status", "Active")
                .stringMatcher("businessDate", Patterns.BUSINESS_DATE, "20250101")
                .stringMatcher("entryDatetime", Patterns.DATE_TIME, "2025-01-01T00:00:00Z");
        AnyLists.strings(store, "tags", "reference");
        return store;
    }
}
