package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the Kugelpos response envelope: camelCase {@code userError} on success, snake_case
 * {@code user_error} with a six-digit code on errors, as the original services do.
 */
public final class Envelope {

    private Envelope() {}

    /**
     * The success envelope.
     *
     * @param code the HTTP status repeated in the body (200 or 201)
     * @param message a human-readable message
     * @param data the payload, or {@code null}
     * @param metadata paging metadata of a list, or {@code null}
     * @param operation the operation name, e.g. {@code get_terminal}
     */
    public static ObjectNode success(
            int code, String message, JsonNode data, JsonNode metadata, String operation) {
        ObjectNode body = Json.object();
        body.put("success", true);
        body.put("code", code);
        body.put("message", message);
        body.set("userError", NullNode.getInstance());
        body.set("data", data == null ? NullNode.getInstance() : data);
        body.set("metadata", metadata == null ? NullNode.getInstance() : metadata);
        body.put("operation", operation);
        return body;
    }

    /**
     * The error envelope.
     *
     * @param code the HTTP status repeated in the body
     * @param errorCode the six-digit {@code user_error.code}
     * @param message what was wrong
     * @param operation the name of the upstream exception handler that answers this kind of failure
     * @param data what upstream puts in {@code data}: the exception's text for HTTP and validation
     *     errors, {@code null} for application exceptions
     */
    public static ObjectNode error(int code, String errorCode, String message, String operation, String data) {
        ObjectNode body = Json.object();
        body.put("success", false);
        body.put("code", code);
        body.put("message", message);
        ObjectNode userError = body.putObject("user_error");
        userError.put("code", errorCode);
        userError.put("message", message);
        if (data == null) {
            body.set("data", NullNode.getInstance());
        } else {
            body.put("data", data);
        }
        body.set("metadata", NullNode.getInstance());
        body.put("operation", operation);
        return body;
    }
}
