package com.kugelpos.http.config;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One environment variable of {@link HttpClientSettings}, a row of {@link SettingsVariables#ALL}:
 * its name, how its text is parsed, the setting whose default it leaves when unset, and how it sets
 * that setting on a builder. Immutable.
 *
 * @param name the variable's name, e.g. {@code HTTP_CALL_TIMEOUT}
 * @param parser reads its text and writes its default back as text
 * @param setting reads the setting it stands for, e.g. {@code s -> s.timeouts().call()}
 * @param target sets the parsed value on a builder, e.g. {@code (b, v) -> b.timeouts(t -> t.call(v))}
 * @param <V> the type of the value
 */
record EnvironmentVariable<V>(
        String name,
        VariableParser<V> parser,
        Function<HttpClientSettings, V> setting,
        BiConsumer<HttpClientSettings.Builder, V> target) {

    /** The value an unset variable leaves: the setting's default. */
    V defaultValue() {
        return setting.apply(HttpClientSettings.defaults());
    }

    /** The default as the variable's text, as the README's table shows it. */
    String shownDefault() {
        return parser.format(defaultValue());
    }

    /**
     * The value {@code raw} stands for.
     *
     * @throws InvalidSettingException naming this variable, the text and what is allowed
     */
    V parse(String raw) {
        return parser.parse(name, raw, shownDefault());
    }

    /** Parses {@code raw}, sets the value on {@code builder} and returns it. */
    V apply(String raw, HttpClientSettings.Builder builder) {
        V value = parse(raw);
        target.accept(builder, value);
        return value;
    }
}
