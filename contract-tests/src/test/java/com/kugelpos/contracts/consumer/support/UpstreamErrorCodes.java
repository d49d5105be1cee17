package com.kugelpos.contracts.consumer.support;

/**
 * The {@code user_error.code} values upstream's exception handlers answer with
 * (kugel_common/exceptions/error_codes.py and exception_handlers.py; the terminal service's
 * terminal_error_codes.py), used as the examples of the error contracts.
 */
public final class UpstreamErrorCodes {

    /** An HTTPException other than 401/403/404, e.g. the 400 of a tenant mismatch: GENERAL_ERROR. */
    public static final String GENERAL_ERROR = "100000";
    /** A missing document (DocumentNotFoundException, NotFoundException): RESOURCE_NOT_FOUND. */
    public static final String RESOURCE_NOT_FOUND = "100001";
    /** A 401 HTTPException: AUTHENTICATION_ERROR. */
    public static final String AUTHENTICATION_ERROR = "200001";
    /** A request validation error (422): VALIDATION_ERROR. */
    public static final String VALIDATION_ERROR = "300001";
    /** Terminal's StoreNotFoundException: STORE_NOT_FOUND. */
    public static final String STORE_NOT_FOUND = "407101";

    private UpstreamErrorCodes() {}
}
