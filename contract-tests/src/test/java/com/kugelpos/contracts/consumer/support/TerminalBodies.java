package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The terminal service's payloads as Pact bodies: only the fields the upstream callers read, with
 * type and regex matchers, nullable where upstream's response schema is {@code Optional}.
 */
public final class TerminalBodies {

    private TerminalBodies() {}

    /**
     * A terminal (row 1), read by commons' {@code transform_terminal_info}
     * (kugel_common/security.py) into the terminal info cart works with: ids, status and counters.
     * {@code businessDate} is {@code Optional[str]} upstream (null before the first opening). No secret
     * ({@code apiKey}, {@code staff.staffPin}) is asked for.
     */
    public static PactDslJsonBody terminal() {
        PactDslJsonBody terminal = new PactDslJsonBody();
        terminal.stringMatcher("terminalId", Patterns.TERMINAL_ID, "T1-S1-1")
                .stringMatcher("tenantId", Patterns.CODE, "T1")
                .stringMatcher("storeCode", Patterns.CODE, "S1")
                .integerType("terminalNo", 1)
                .stringType("status", "Opened")
                .or("businessDate", "20250101", PM.stringMatcher(Patterns.BUSINESS_DATE), PM.nullValue())
                .integerType("openCounter", 1)
                .integerType("businessCounter", 1);
        return terminal;
    }

    /**
     * A terminal as listed for a store (row 13), read by report's
     * {@code ReportService.commit_store_report_async} (report/app/services/report_service.py): its number.
     */
    public static PactDslJsonBody terminalSummary() {
        PactDslJsonBody terminal = new PactDslJsonBody();
        terminal.integerType("terminalNo", 1);
        return terminal;
    }

    /**
     * A store (row 6), read through commons' {@code StoreInfoWebRepository}
     * (kugel_common/models/repositories/store_info_web_repository.py) by cart
     * ({@code CartService}: the store name on the receipt) and terminal.
     */
    public static PactDslJsonBody store() {
        PactDslJsonBody store = new PactDslJsonBody();
        store.stringMatcher("storeCode", Patterns.CODE, "S1")
                .stringType("storeName", "Store 1");
        return store;
    }
}
