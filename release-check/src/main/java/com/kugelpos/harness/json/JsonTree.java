package com.kugelpos.harness.json;

import java.util.List;
import java.util.Map;

/** Typed, lenient access to parsed JSON: a missing or mistyped member gives the fallback. */
public final class JsonTree {

    private JsonTree() {}

    /** The member {@code key} of an object, or null. */
    public static Object member(Object node, String key) {
        return node instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** The object member {@code key}, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object node, String key) {
        return member(node, key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The array member {@code key}, or an empty list. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object node, String key) {
        return member(node, key) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The text member {@code key}, or {@code fallback}. */
    public static String text(Object node, String key, String fallback) {
        return member(node, key) instanceof String s ? s : fallback;
    }

    /** The number member {@code key}, or {@code fallback}. */
    public static double number(Object node, String key, double fallback) {
        return member(node, key) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** The boolean member {@code key}, or {@code fallback}. */
    public static boolean bool(Object node, String key, boolean fallback) {
        return member(node, key) instanceof Boolean b ? b : fallback;
    }
}
