package com.kugelpos.reference.http;

import java.util.Map;

/**
 * A failure that becomes an error envelope: HTTP status, six-digit {@link ErrorCodes error code},
 * a message for the caller and any extra response headers (e.g. {@code Retry-After}). Messages must
 * never contain secrets.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final Map<String, String> headers;

    /**
     * @param status the HTTP status to answer with
     * @param errorCode the six-digit {@code user_error.code}
     * @param message what was wrong and, where useful, what to do
     */
    public ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, Map.of());
    }

    /**
     * @param status the HTTP status to answer with
     * @param errorCode the six-digit {@code user_error.code}
     * @param message what was wrong and, where useful, what to do
     * @param headers extra response headers of the error answer, e.g. {@code Retry-After}
     */
    public ApiException(int status, String errorCode, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.headers = Map.copyOf(headers);
    }

    /** 404 with {@link ErrorCodes#NOT_FOUND}. */
    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, message);
    }

    /** 422 with {@link ErrorCodes#VALIDATION}. */
    public static ApiException invalid(String message) {
        return new ApiException(422, ErrorCodes.VALIDATION, message);
    }

    /** 401 with {@link ErrorCodes#UNAUTHORIZED}. */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, ErrorCodes.UNAUTHORIZED, message);
    }

    /** 400 with {@link ErrorCodes#TENANT_MISMATCH}. */
    public static ApiException tenantMismatch(String message) {
        return new ApiException(400, ErrorCodes.TENANT_MISMATCH, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The six-digit error code. */
    public String errorCode() {
        return errorCode;
    }

    /** Extra response headers of the error answer; empty for most failures. */
    public Map<String, String> headers() {
        return headers;
    }
}
