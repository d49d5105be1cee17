package com.kugelpos.reference.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A path template such as {@code /api/v1/terminals/{terminal_id}}, matched segment by segment. */
final class PathTemplate {

    private final String template;
    private final String[] segments;
    private final int literalCount;

    PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        this.template = template;
        this.segments = split(template).toArray(String[]::new);
        int literals = 0;
        for (String segment : segments) {
            if (!isParameter(segment)) {
                literals++;
            }
        }
        this.literalCount = literals;
    }

    /** Splits a path into its segments, ignoring one trailing slash. */
    static List<String> split(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.equals("/") ? List.of() : List.of(trimmed.substring(1).split("/", -1));
    }

    /** Path parameters by name when {@code pathSegments} match, else {@code null}. */
    Map<String, String> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            String expected = segments[i];
            String actual = pathSegments.get(i);
            if (isParameter(expected)) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return params;
    }

    /** How many segments are literal; the more, the more specific the template. */
    int literalCount() {
        return literalCount;
    }

    @Override
    public String toString() {
        return template;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
