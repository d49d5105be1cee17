package com.kugelpos.reference.http;

/**
 * The six-digit {@code XXYYZZ} error codes ({@code user_error.code}) the reference services answer
 * with. The first group are upstream's own ({@code kugel_common.exceptions.error_codes} and the
 * services' error-code modules), given for the same failures as upstream's exception handlers give
 * them; the second group are failures only the reference services produce (their resilience
 * features and admin endpoint), in a {@code 10xx} range upstream does not use.
 */
public final class ErrorCodes {

    /** 404: the resource (item, payment, staff, setting, transaction, ...) does not exist (upstream RESOURCE_NOT_FOUND). */
    public static final String NOT_FOUND = "100001";
    /** 404 on terminal's store endpoint (upstream terminal STORE_NOT_FOUND). */
    public static final String STORE_NOT_FOUND = "407101";
    /**
     * 400: the tenant in the path or body differs from the credentials' tenant. Upstream raises an
     * HTTPException(400), which its handler answers with GENERAL_ERROR.
     */
    public static final String TENANT_MISMATCH = "100000";
    /** 401: credentials missing, invalid or expired (upstream AUTHENTICATION_ERROR). */
    public static final String UNAUTHORIZED = "200001";
    /** 422: the body or a query parameter is malformed, missing or of the wrong type (upstream VALIDATION_ERROR). */
    public static final String VALIDATION = "300001";
    /** 500: an unexpected failure inside the reference service (upstream UNEXPECTED_ERROR). */
    public static final String INTERNAL = "900999";

    /** 400: the load-test header {@code X-Request-Priority} has a value other than high or low (reference services only). */
    public static final String BAD_REQUEST = "100400";

    /** 405: the path exists but not for this method (reference services only). */
    public static final String METHOD_NOT_ALLOWED = "100005";
    /** 413: the body is larger than the server accepts (reference services only). */
    public static final String PAYLOAD_TOO_LARGE = "100006";
    /** 422: an Idempotency-Key was reused for a different request (reference services only). */
    public static final String IDEMPOTENCY_KEY_REUSED = "100007";
    /** 502: an upstream service answered with a server error (reference services only). */
    public static final String UPSTREAM_BAD_GATEWAY = "100502";
    /** 503: an upstream service is unreachable, its circuit is open or the call to it was shed (reference services only). */
    public static final String UPSTREAM_UNAVAILABLE = "100503";
    /** 504: an upstream service did not answer in time (reference services only). */
    public static final String UPSTREAM_TIMEOUT = "100504";
    /** Any status forced through {@code POST /_admin/behaviour} (reference services only). */
    public static final String FORCED = "100900";

    private ErrorCodes() {}
}
