package com.kugelpos.reference.http;

/**
 * The six-digit {@code XXYYZZ} error codes ({@code user_error.code}) the reference services answer
 * with. {@code 10} is the common prefix; the middle pair names the kind of failure.
 */
public final class ErrorCodes {

    /** 404: the resource (item, terminal, cart, ...) does not exist. */
    public static final String NOT_FOUND = "100001";
    /** 422: the body or a query parameter is malformed, missing or of the wrong type. */
    public static final String VALIDATION = "100002";
    /** 400: the tenant in the path or body differs from the credentials' tenant. */
    public static final String TENANT_MISMATCH = "100003";
    /** 401: credentials missing, invalid or expired. */
    public static final String UNAUTHORIZED = "100004";
    /** 405: the path exists but not for this method. */
    public static final String METHOD_NOT_ALLOWED = "100005";
    /** 413: the body is larger than the server accepts. */
    public static final String PAYLOAD_TOO_LARGE = "100006";
    /** 422: an Idempotency-Key was reused for a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "100007";
    /** 502: an upstream service answered with a server error. */
    public static final String UPSTREAM_BAD_GATEWAY = "100502";
    /** 503: an upstream service is unreachable or its circuit is open. */
    public static final String UPSTREAM_UNAVAILABLE = "100503";
    /** 504: an upstream service did not answer in time. */
    public static final String UPSTREAM_TIMEOUT = "100504";
    /** Any status forced through {@code POST /_admin/behaviour}. */
    public static final String FORCED = "100900";
    /** 500: an unexpected failure inside the reference service. */
    public static final String INTERNAL = "100999";

    private ErrorCodes() {}
}
