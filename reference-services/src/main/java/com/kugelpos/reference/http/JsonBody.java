package com.kugelpos.reference.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JSON object body with typed field access; every malformed, missing or mistyped value
 * raises a 422 {@link ApiException} that names the field.
 */
public final class JsonBody {

    private final ObjectNode node;
    private final String where;

    private JsonBody(ObjectNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /**
     * Parses a body that must be one JSON object.
     *
     * @throws ApiException 422 when it is empty, malformed or not an object
     */
    public static JsonBody parseObject(byte[] body) {
        JsonNode parsed = parse(body);
        if (!parsed.isObject()) {
            throw ApiException.invalid("request body must be a JSON object, was " + parsed.getNodeType());
        }
        return new JsonBody((ObjectNode) parsed, "body");
    }

    /**
     * Parses a body that may be empty (then it is an empty object) or one JSON object.
     *
     * @throws ApiException 422 when it is malformed or not an object
     */
    public static JsonBody parseOptionalObject(byte[] body) {
        return body.length == 0 ? new JsonBody(Json.object(), "body") : parseObject(body);
    }

    /**
     * Parses a body that must be a non-empty JSON array of objects.
     *
     * @throws ApiException 422 when it is empty, malformed, not an array or holds a non-object
     */
    public static List<JsonBody> parseArrayOfObjects(byte[] body) {
        JsonNode parsed = parse(body);
        if (!parsed.isArray() || parsed.isEmpty()) {
            throw ApiException.invalid("request body must be a non-empty JSON array of objects");
        }
        List<JsonBody> elements = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            JsonNode element = parsed.get(i);
            if (!element.isObject()) {
                throw ApiException.invalid("body[" + i + "] must be a JSON object, was " + element.getNodeType());
            }
            elements.add(new JsonBody((ObjectNode) element, "body[" + i + "]"));
        }
        return elements;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.invalid("request body is missing; send a JSON document");
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(body);
            if (parsed == null || parsed.isMissingNode()) {
                throw ApiException.invalid("request body is missing; send a JSON document");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.invalid("request body could not be read as JSON");
        }
    }

    /** A required string field. */
    public String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        return value.asText();
    }

    /** An optional string field, {@code defaultValue} when absent or null. */
    public String text(String field, String defaultValue) {
        return isAbsent(field) ? defaultValue : text(field);
    }

    /** A required integer field. */
    public int integer(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(field, "an integer", value);
        }
        return value.intValue();
    }

    /** An optional integer field, {@code defaultValue} when absent or null. */
    public int integer(String field, int defaultValue) {
        return isAbsent(field) ? defaultValue : integer(field);
    }

    /** A required number field. */
    public double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw wrongType(field, "a number", value);
        }
        return value.doubleValue();
    }

    /** Whether the field is absent or JSON null. */
    public boolean isAbsent(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    /** The underlying object; callers must not modify it. */
    public ObjectNode node() {
        return node;
    }

    private JsonNode required(String field) {
        if (isAbsent(field)) {
            throw ApiException.invalid(where + "." + field + " is required");
        }
        return node.get(field);
    }

    private ApiException wrongType(String field, String expected, JsonNode actual) {
        return ApiException.invalid(
                where + "." + field + " must be " + expected + ", was " + actual.getNodeType().name().toLowerCase());
    }
}
