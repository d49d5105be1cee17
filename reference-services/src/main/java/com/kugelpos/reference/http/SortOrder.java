package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Parses a {@code field:1,other:-1} sort expression into a comparator on JSON records. */
final class SortOrder {

    private SortOrder() {}

    /**
     * @return the comparator, or {@code null} for an empty expression
     * @throws ApiException 422 when a direction is not 1 or -1
     */
    static Comparator<JsonNode> parse(String expression) {
        Comparator<JsonNode> result = null;
        if (expression.isBlank()) {
            return null;
        }
        for (String part : expression.split(",")) {
            String[] fieldAndDirection = part.trim().split(":", 2);
            String field = camelCase(fieldAndDirection[0]);
            String direction = fieldAndDirection.length > 1 ? fieldAndDirection[1].trim() : "1";
            if (!direction.equals("1") && !direction.equals("-1")) {
                throw ApiException.invalid(
                        "sort direction of '" + fieldAndDirection[0] + "' must be 1 or -1, was " + direction);
            }
            Comparator<JsonNode> one = Comparator.comparing(node -> node.path(field), SortOrder::compareValues);
            if (direction.equals("-1")) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    /** {@code generate_date_time} becomes {@code generateDateTime}. */
    static String camelCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.trim().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        if (a.isMissingNode() || a.isNull()) {
            return b.isMissingNode() || b.isNull() ? 0 : -1;
        }
        if (b.isMissingNode() || b.isNull()) {
            return 1;
        }
        return a.asText().compareTo(b.asText());
    }
}
