package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable response: status, JSON body and extra headers. */
public final class ApiResponse {

    /** Operation of upstream's handler of application exceptions (404 of a missing document, ...). */
    public static final String ERROR_OPERATION = "app_exception_handler";
    /** Operation of upstream's handler of FastAPI's HTTPException (400 tenant mismatch, 401). */
    public static final String HTTP_ERROR_OPERATION = "http_exception_handler";
    /** Operation of upstream's handler of request validation errors (422). */
    public static final String VALIDATION_ERROR_OPERATION = "validation_exception_handler";

    private final int status;
    private final JsonNode body;
    private final Map<String, String> headers;

    private ApiResponse(int status, JsonNode body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    /** A 200 success envelope with {@code data} converted to JSON. */
    public static ApiResponse ok(String operation, String message, Object data) {
        return success(200, operation, message, data);
    }

    /** A 201 success envelope with {@code data} converted to JSON. */
    public static ApiResponse created(String operation, String message, Object data) {
        return success(201, operation, message, data);
    }

    /** A success envelope with the given status, repeated as its {@code code}. */
    public static ApiResponse success(int status, String operation, String message, Object data) {
        return success(status, status, operation, message, data);
    }

    /**
     * A success envelope whose {@code code} differs from the HTTP status, as upstream's journal
     * answers a created journal (HTTP 201, {@code code} 200).
     */
    public static ApiResponse success(int status, int code, String operation, String message, Object data) {
        JsonNode node = data == null ? null : Json.MAPPER.valueToTree(data);
        return new ApiResponse(status, Envelope.success(code, message, node, null, operation), Map.of());
    }

    /** A 200 list envelope: the page's items as {@code data} and its paging as {@code metadata}. */
    public static ApiResponse page(String operation, String message, Page page) {
        return new ApiResponse(
                200, Envelope.success(200, message, page.items(), page.metadata(), operation), Map.of());
    }

    /**
     * The error envelope of {@code failure}, answered the way upstream's exception handlers answer
     * that kind of failure: 400 and 401 as an HTTPException ({@code data} is {@code "<status>: <message>"}),
     * 422 as a validation error ({@code data} is the message), the rest as an application exception
     * ({@code data} is {@code null}). The failure's {@link ApiException#headers() headers} are the
     * answer's headers.
     */
    public static ApiResponse error(ApiException failure) {
        String code = failure.errorCode();
        String operation;
        String data;
        if (ErrorCodes.TENANT_MISMATCH.equals(code) || ErrorCodes.UNAUTHORIZED.equals(code)) {
            operation = HTTP_ERROR_OPERATION;
            data = failure.status() + ": " + failure.getMessage();
        } else if (ErrorCodes.VALIDATION.equals(code)) {
            operation = VALIDATION_ERROR_OPERATION;
            data = failure.getMessage();
        } else {
            operation = ERROR_OPERATION;
            data = null;
        }
        return new ApiResponse(failure.status(),
                Envelope.error(failure.status(), code, failure.getMessage(), operation, data), failure.headers());
    }

    /** A body outside the envelope (health, admin endpoints). */
    public static ApiResponse plain(int status, JsonNode body) {
        return new ApiResponse(status, body, Map.of());
    }

    /** A copy with one more response header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, body, copy);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The JSON body; callers must not modify it. */
    public JsonNode body() {
        return body;
    }

    /** Extra response headers. */
    public Map<String, String> headers() {
        return headers;
    }
}
