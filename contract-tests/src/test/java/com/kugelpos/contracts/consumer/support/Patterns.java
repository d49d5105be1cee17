package com.kugelpos.contracts.consumer.support;

/** Regular expressions for values whose exact form is incidental to a contract: ids, dates, codes. */
public final class Patterns {

    /** A tenant, store, item, staff, category or payment code. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]*";
    /** A terminal id {@code <tenant>-<store>-<no>}. */
    public static final String TERMINAL_ID = "[A-Za-z0-9_]+-[A-Za-z0-9_]+-[0-9]+";
    /** A business date {@code yyyyMMdd}. */
    public static final String BUSINESS_DATE = "[0-9]{8}";
    /**
     * A promotion's start or end as upstream's master-data transformer writes it
     * ({@code strftime("%Y-%m-%dT%H:%M:%S")}): a {@code T}, no fraction, no zone.
     */
    public static final String LOCAL_DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}";
    /** An ISO-8601 date-time as Python's {@code isoformat()} writes it: optional fraction and offset. */
    public static final String ISO_DATE_TIME =
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?";
    /** A UUID, as event ids and idempotency keys are. */
    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** The six-digit {@code XXYYZZ} error code of {@code user_error.code}. */
    public static final String ERROR_CODE = "[0-9]{6}";

    private Patterns() {}
}
