package com.kugelpos.contracts;

/**
 * The identifiers the contracts use: those of the reference fixtures (tenant T1, store S1, terminal
 * T1-S1-1, ...), so that the provider states find them in a provider seeded with those fixtures.
 * Shared by the consumer tests and the provider verification.
 */
public final class ContractIds {

    /** The tenant of every call. */
    public static final String TENANT = "T1";
    /** A tenant the callers' credentials do not belong to (the 400 tenant-mismatch case). */
    public static final String FOREIGN_TENANT = "T3";
    /** The tenant the terminal service creates on every other service (row 9). */
    public static final String NEW_TENANT = "T2";
    /** The store. */
    public static final String STORE = "S1";
    /** The terminal number within the store. */
    public static final int TERMINAL_NO = 1;
    /** The terminal id {@code <tenant>-<store>-<no>}. */
    public static final String TERMINAL_ID = TENANT + "-" + STORE + "-" + TERMINAL_NO;
    /** A terminal id of store S1 that no terminal has (the 404 case). */
    public static final String UNKNOWN_TERMINAL_ID = TENANT + "-" + STORE + "-9";
    /** A store code that tenant T1 does not have. */
    public static final String UNKNOWN_STORE = "S9";
    /** An item of the store. */
    public static final String ITEM = "ITEM1";
    /** An item code that no tenant has. */
    public static final String UNKNOWN_ITEM = "NO-SUCH-ITEM";
    /** A payment method. */
    public static final String PAYMENT = "01";
    /** A payment code that tenant T1 does not have. */
    public static final String UNKNOWN_PAYMENT = "99";
    /** A setting with a value for the terminal. */
    public static final String SETTING = "receipt_header";
    /** A setting name that does not exist. */
    public static final String UNKNOWN_SETTING = "no_such_setting";
    /** A staff member. */
    public static final String STAFF = "S01";
    /** A staff id that tenant T1 does not have. */
    public static final String UNKNOWN_STAFF = "S99";
    /** The business date of the fixtures' transactions. */
    public static final String BUSINESS_DATE = "20250101";
    /** The open counter of the fixtures' transactions. */
    public static final int OPEN_COUNTER = 1;
    /** A transaction of the terminal. */
    public static final long TRANSACTION_NO = 1;
    /** The event id of the transaction log (and terminal log) whose delivery the reporters confirm. */
    public static final String EVENT_ID = "8f14e45f-ceea-4a67-9c5e-6a2f0d3c1b9e";
    /** An API key that no terminal has (the 401 case). */
    public static final String UNKNOWN_API_KEY = "unknown-api-key";

    private ContractIds() {}
}
