package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable response: status, JSON body and extra headers. */
public final class ApiResponse {

    /** Operation name used on every error envelope, as in the original services. */
    public static final String ERROR_OPERATION = "app_exception_handler";

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

    /** A success envelope with the given status. */
    public static ApiResponse success(int status, String operation, String message, Object data) {
        JsonNode node = data == null ? null : Json.MAPPER.valueToTree(data);
        return new ApiResponse(status, Envelope.success(status, message, node, null, operation), Map.of());
    }

    /** A 200 list envelope: the page's items as {@code data} and its paging as {@code metadata}. */
    public static ApiResponse page(String operation, String message, Page page) {
        return new ApiResponse(
                200, Envelope.success(200, message, page.items(), page.metadata(), operation), Map.of());
    }

    /** The error envelope of {@code failure}. */
    public static ApiResponse error(ApiException failure) {
        return new ApiResponse(
                failure.status(),
                Envelope.error(failure.status(), failure.errorCode(), failure.getMessage(), ERROR_OPERATION),
                Map.of());
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
