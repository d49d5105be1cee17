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
        return appendExpanded(new StringBuilder(expandedLength(template, values)), template, values).toString();
    }

    /**
     * The length of the expanded path, checking that {@code values} fit {@code template}; allocates
     * nothing when no value needs encoding.
     *
     * @throws IllegalArgumentException as {@link #expand(String, List)}
     */
    static int expandedLength(String template, List<String> values) {
        return walk(template, values, null);
    }

    /**
     * Appends the expanded path to {@code target}, e.g. after an instance's root and before the query.
     *
     * @throws IllegalArgumentException as {@link #expand(String, List)}
     */
    static StringBuilder appendExpanded(StringBuilder target, String template, List<String> values) {
        walk(template, values, target);
        return target;
    }

    /** Checks {@code values} against {@code template}, appends the expansion to {@code target} unless it is null, and returns its length. */
    private static int walk(String template, List<String> values, StringBuilder target) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException(
                    "A request path must start with '/', e.g. /api/v1/items, but was '" + template + "'");
        }
        int length = 0;
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
                String value = checkedSegment(values.get(next++));
                if (target == null) {
                    length += UrlEncoding.encodedLength(value);
                } else {
                    target.append(UrlEncoding.encode(value));
                }
                i = close + 1;
            } else {
                if (target != null) {
                    target.append(c);
                }
                length++;
                i++;
            }
        }
        if (next != values.size()) {
            throw new IllegalArgumentException("Path template '" + template + "' has " + next
                    + " placeholder(s) but " + values.size() + " path parameter(s) were given");
        }
        return length;
    }

    private static String checkedSegment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A path parameter must not be null or empty");
        }
        return value;
    }
}
