package com.kugelpos.reference.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a response body with a sample of what upstream answers: every field of the sample must
 * be present with the same kind of value (integer, number, boolean, string, object, array); a
 * {@code null} in the sample must be {@code null} unless its path is listed as optional (an
 * {@code Optional} field upstream, which may hold a value); datetimes must have the sample's
 * format ({@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DDTHH:MM:SS}); the envelope's
 * {@code success}, {@code code}, {@code user_error.code} and, on errors, {@code operation} must
 * equal the sample's. Array elements are compared with the sample's first element, at the path
 * {@code name[]}. Fields the sample does not have are allowed.
 */
final class ResponseShape {

    private static final Pattern SPACE_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final Set<String> EXACT = Set.of("$.success", "$.code", "$.user_error.code");

    private final Set<String> optional;
    private final boolean error;
    private final List<String> mismatches = new ArrayList<>();

    private ResponseShape(Set<String> optional, boolean error) {
        this.optional = optional;
        this.error = error;
    }

    /** The mismatches of {@code actual} against {@code sample}, empty when it conforms. */
    static List<String> mismatches(JsonNode sample, JsonNode actual, Set<String> optional) {
        ResponseShape shape = new ResponseShape(optional, !sample.path("success").asBoolean(true));
        shape.compare("$", sample, actual);
        return shape.mismatches;
    }

    private void compare(String path, JsonNode sample, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            mismatches.add(path + " is missing");
            return;
        }
        if (EXACT.contains(path) || (error && path.equals("$.operation"))) {
            if (!sample.equals(actual)) {
                mismatches.add(path + " is " + actual + ", upstream answers " + sample);
            }
            return;
        }
        if (sample.isNull()) {
            if (!actual.isNull() && !optional.contains(path)) {
                mismatches.add(path + " is " + actual + ", upstream answers null");
            }
            return;
        }
        if (actual.isNull()) {
            if (!optional.contains(path)) {
                mismatches.add(path + " is null, upstream always answers a value (not Optional upstream)");
            }
            return;
        }
        if (sample.isObject()) {
            compareObject(path, sample, actual);
        } else if (sample.isArray()) {
            compareArray(path, sample, actual);
        } else if (sample.isTextual()) {
            compareText(path, sample.asText(), actual);
        } else if (sample.isIntegralNumber() ? !actual.isIntegralNumber() : sample.isNumber() && !actual.isNumber()) {
            mismatches.add(path + " is " + actual.getNodeType() + " " + actual + ", upstream answers "
                    + (sample.isIntegralNumber() ? "an integer" : "a number"));
        } else if (sample.isBoolean() && !actual.isBoolean()) {
            mismatches.add(path + " is " + actual + ", upstream answers a boolean");
        }
    }

    private void compareObject(String path, JsonNode sample, JsonNode actual) {
        if (!actual.isObject()) {
            mismatches.add(path + " is " + actual.getNodeType() + ", upstream answers an object");
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = sample.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
        }
    }

    private void compareArray(String path, JsonNode sample, JsonNode actual) {
        if (!actual.isArray()) {
            mismatches.add(path + " is " + actual.getNodeType() + ", upstream answers an array");
            return;
        }
        if (sample.isEmpty()) {
            return;
        }
        for (JsonNode element : actual) {
            compare(path + "[]", sample.get(0), element);
        }
    }

    private void compareText(String path, String sample, JsonNode actual) {
        if (!actual.isTextual()) {
            mismatches.add(path + " is " + actual.getNodeType() + " " + actual + ", upstream answers a string");
        } else if (SPACE_DATE_TIME.matcher(sample).matches() && !SPACE_DATE_TIME.matcher(actual.asText()).matches()) {
            mismatches.add(path + " is '" + actual.asText() + "', upstream writes YYYY-MM-DD HH:MM:SS");
        } else if (LOCAL_DATE_TIME.matcher(sample).matches() && !LOCAL_DATE_TIME.matcher(actual.asText()).matches()) {
            mismatches.add(path + " is '" + actual.asText() + "', upstream writes YYYY-MM-DDTHH:MM:SS (no zone)");
        }
    }
}
