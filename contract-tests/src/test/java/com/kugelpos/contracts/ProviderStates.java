package com.kugelpos.contracts;

/**
 * The provider states the contracts name, shared by the consumer tests ({@code given(...)}) and
 * the provider verification ({@code @State(...)}) so that both spell them alike. What each state
 * needs a real provider to hold is documented in contract-tests/README.md ("Provider states").
 *
 * <p>Credential states hand the verifier real credentials: their handlers return a map with the
 * key named here ({@link #API_KEY}, {@link #TOKEN}), and the request headers are generated from it
 * ({@code headerFromProviderState}); the consumer tests send the example values instead.
 */
public final class ProviderStates {

    /** Key of the API key returned by {@link #HOLDS_TERMINAL_API_KEY}. */
    public static final String API_KEY = "apiKey";
    /** Key of the bearer token returned by the token states. */
    public static final String TOKEN = "token";
    /** Parameter of {@link #HOLDS_SERVICE_TOKEN}: the calling service's name. */
    public static final String SERVICE_PARAM = "service";

    /** The caller holds the API key of terminal T1-S1-1 (returns {@link #API_KEY}). */
    public static final String HOLDS_TERMINAL_API_KEY = "the caller holds the API key of terminal T1-S1-1";
    /** The caller holds a terminal token of terminal T1-S1-1 (returns {@link #TOKEN}). */
    public static final String HOLDS_TERMINAL_TOKEN = "the caller holds a terminal token of terminal T1-S1-1";
    /** The caller holds a service token for tenant T1 (parameter {@link #SERVICE_PARAM}; returns {@link #TOKEN}). */
    public static final String HOLDS_SERVICE_TOKEN = "the caller holds a service token for tenant T1";
    /** The caller holds a user token for tenant T2 (returns {@link #TOKEN}). */
    public static final String HOLDS_NEW_TENANT_USER_TOKEN = "the caller holds a user token for tenant T2";

    /** Terminal T1-S1-1 exists in store S1 of tenant T1. */
    public static final String TERMINAL_EXISTS = "terminal T1-S1-1 exists";
    /** Terminal T1-S1-9 does not exist. */
    public static final String TERMINAL_UNKNOWN = "terminal T1-S1-9 does not exist";
    /** Terminal T1-S1-1 exists and published a terminal log (open/close or cash) with event {@link ContractIds#EVENT_ID}. */
    public static final String TERMINAL_EVENT_PUBLISHED =
            "terminal T1-S1-1 published a terminal log with event 8f14e45f-ceea-4a67-9c5e-6a2f0d3c1b9e";
    /** No terminal has the API key {@code unknown-api-key}. */
    public static final String API_KEY_UNKNOWN = "no terminal has the API key unknown-api-key";
    /** Store S1 of tenant T1 exists. */
    public static final String STORE_EXISTS = "store S1 of tenant T1 exists";
    /** Tenant T1 has no store S9. */
    public static final String STORE_UNKNOWN = "store S9 of tenant T1 does not exist";
    /** Item ITEM1 exists in store S1 of tenant T1. */
    public static final String ITEM_EXISTS = "item ITEM1 exists in store S1 of tenant T1";
    /** No item NO-SUCH-ITEM exists. */
    public static final String ITEM_UNKNOWN = "item NO-SUCH-ITEM does not exist";
    /** Payment method 01 exists for tenant T1. */
    public static final String PAYMENT_EXISTS = "payment method 01 exists for tenant T1";
    /** Tenant T1 has no payment method 99. */
    public static final String PAYMENT_UNKNOWN = "payment method 99 does not exist for tenant T1";
    /** Tenant T1 has an active promotion for store S1. */
    public static final String PROMOTION_ACTIVE = "tenant T1 has an active promotion for store S1";
    /** Setting receipt_header has a value for terminal 1 of store S1. */
    public static final String SETTING_EXISTS = "setting receipt_header has a value for terminal 1 of store S1";
    /** No setting no_such_setting exists. */
    public static final String SETTING_UNKNOWN = "setting no_such_setting does not exist";
    /** Staff S01 exists for tenant T1. */
    public static final String STAFF_EXISTS = "staff S01 exists for tenant T1";
    /** Tenant T1 has no staff S99. */
    public static final String STAFF_UNKNOWN = "staff S99 does not exist for tenant T1";
    /** Terminal T1-S1-1 has a transaction on business date 20250101 with open counter 1. */
    public static final String TRANSACTIONS_EXIST = "terminal T1-S1-1 has a transaction on business date 20250101 with open counter 1";
    /** Transaction 1 of terminal T1-S1-1 exists and its log was published with event {@link ContractIds#EVENT_ID}. */
    public static final String TRANSACTION_PUBLISHED =
            "transaction 1 of terminal T1-S1-1 was published with event 8f14e45f-ceea-4a67-9c5e-6a2f0d3c1b9e";
    /** Tenant T2 does not exist yet. */
    public static final String NEW_TENANT_ABSENT = "tenant T2 does not exist";
    /** Tenant T1 has item categories, items and payment methods. */
    public static final String MASTER_DATA_LISTS_EXIST = "tenant T1 has categories, items and payment methods";
    /** Tenant T1 has terminals in store S1. */
    public static final String TERMINALS_OF_STORE_EXIST = "tenant T1 has terminals in store S1";

    private ProviderStates() {}
}
