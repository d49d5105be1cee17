package com.kugelpos.http.config;

import java.util.function.Function;

/**
 * Reads the text of one environment variable into a typed value, and writes a value back as such a
 * text, for the docs. Stateless.
 *
 * @param <V> the type of the value
 */
interface VariableParser<V> {

    /**
     * The value that {@code raw} stands for.
     *
     * @param name the variable, named in errors
     * @param raw its text, not blank
     * @param example a text that would be accepted, offered in errors
     * @throws InvalidSettingException naming the variable, echoing the text (never a secret's) and
     *     saying what is allowed
     */
    V parse(String name, String raw, String example);

    /** {@code value} as a variable's text, e.g. {@code 30} for 30 seconds; {@code none} for no value. */
    String format(V value);

    /** A parser from a parse function and a format function. */
    static <V> VariableParser<V> of(Parse<V> parse, Function<V, String> format) {
        return new VariableParser<>() {
            @Override
            public V parse(String name, String raw, String example) {
                return parse.parse(name, raw, example);
            }

            @Override
            public String format(V value) {
                return value == null ? "none" : format.apply(value);
            }
        };
    }

    /** The parse half of a {@link VariableParser}. */
    @FunctionalInterface
    interface Parse<V> {
        /** @see VariableParser#parse(String, String, String) */
        V parse(String name, String raw, String example);
    }
}
