package com.kugelpos.http.internal.pipeline;

import java.util.List;

/**
 * Fills the {@code {name}} placeholders of a path template in order, each value encoded as one path
 * segment, so that the template (not the raw path with ids) can name the endpoint in metrics.
 */
public final class PathTemplate {

    private PathTemplate() {}

    /**
     * @throws IllegalArgumentException when the number of values differs from the placeholders, or
     *     the template is not an absolute path
     */
    public static String expand(String template, List<String> values) {
        return expanded(template, values).toString();
    }

    /**
     * The expanded path in a builder with room for a query after it, so a request's path and query
     * are one string.
     *
     * @throws IllegalArgumentException as {@link #expand(String, List)}
     */
    static StringBuilder expanded(String template, List<String> values) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException(
                    "A request path must start with '/', e.g. /api/v1/items, but was '" + template + "'");
        }
        StringBuilder path = new StringBuilder(template.length() + 64);
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed '{' in path template '" + template + "'");
                }
                if (next >= values.size()) {
                    throw new IllegalArgumentException("Path template '" + template + "' has more placeholders than the "
                            + values.size() + " path parameter(s) given");
                }
                path.append(encodeSegment(values.get(next++)));
                i = close + 1;
            } else {
                path.append(c);
                i++;
            }
        }
        if (next != values.size()) {
            throw new IllegalArgumentException("Path template '" + template + "' has " + next
                    + " placeholder(s) but " + values.size() + " path parameter(s) were given");
        }
        return path;
    }

    private static String encodeSegment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A path parameter must not be null or empty");
        }
        return UrlEncoding.encode(value);
    }
}
