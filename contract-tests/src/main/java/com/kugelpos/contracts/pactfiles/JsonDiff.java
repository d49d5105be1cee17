package com.kugelpos.contracts.pactfiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between two JSON trees, one line per differing value, named by its JSON path
 * ({@code $.request.headers.Accept: committed "a", generated "b"}). Objects are compared by key,
 * arrays by position. Stateless; thread-safe.
 */
public final class JsonDiff {

    private static final int MAX_VALUE_CHARS = 120;

    private JsonDiff() {}

    /** The differences from {@code committed} to {@code generated} under {@code path}; empty when equal. */
    public static List<String> between(String path, JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>();
        compare(path, committed, generated, differences);
        return differences;
    }

    private static void compare(String path, JsonNode committed, JsonNode generated, List<String> out) {
        if (committed.equals(generated)) {
            return;
        }
        if (committed.isObject() && generated.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            generated.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compareMember(path + "." + name, committed.get(name), generated.get(name), out);
            }
        } else if (committed.isArray() && generated.isArray()) {
            int size = Math.max(committed.size(), generated.size());
            for (int i = 0; i < size; i++) {
                compareMember(path + "[" + i + "]", committed.get(i), generated.get(i), out);
            }
        } else {
            out.add(path + ": committed " + show(committed) + ", generated " + show(generated));
        }
    }

    private static void compareMember(String path, JsonNode committed, JsonNode generated, List<String> out) {
        if (committed == null) {
            out.add(path + ": only generated, " + show(generated));
        } else if (generated == null) {
            out.add(path + ": only committed, " + show(committed));
        } else {
            compare(path, committed, generated, out);
        }
    }

    /** A value as JSON text, shortened to one readable line. */
    static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }
}
