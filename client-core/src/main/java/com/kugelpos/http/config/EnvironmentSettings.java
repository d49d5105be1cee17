package com.kugelpos.http.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads {@link HttpClientSettings} from environment variables, one row of a table per variable;
 * the README's settings table lists every variable with its meaning and default.
 *
 * <p>An absent or blank variable leaves the default. Seconds may have decimals ({@code 0.5}); every
 * duration must be positive and at most one day. A specific timeout overrides {@code HTTP_TIMEOUT}.
 * A malformed or out-of-range value throws {@link InvalidSettingException} naming the variable, its
 * value and what is allowed; a secret is never echoed. Stateless and thread-safe.
 */
public final class EnvironmentSettings {

    /** {@code development} or {@code production}. */
    public static final String KUGEL_ENV = "KUGEL_ENV";
    /** Path of a trust store. */
    public static final String HTTP_TRUST_STORE = "HTTP_TRUST_STORE";
    /** The trust store's password; a secret, never echoed. */
    public static final String HTTP_TRUST_STORE_PASSWORD = "HTTP_TRUST_STORE_PASSWORD";
    /** The trust store's type. */
    public static final String HTTP_TRUST_STORE_TYPE = "HTTP_TRUST_STORE_TYPE";

    /** Every variable this class reads, in the order they are applied. */
    public static final List<String> VARIABLE_NAMES =
            SettingsVariables.ALL.stream().map(EnvironmentVariable::name).toList();

    private EnvironmentSettings() {}

    /**
     * Settings from the given variables, with defaults for those that are absent or blank.
     *
     * @param variables environment variables, e.g. {@link System#getenv()}; other names are ignored
     * @throws InvalidSettingException naming the variable, its value and what is allowed
     */
    public static HttpClientSettings load(Map<String, String> variables) {
        HttpClientSettings.Builder builder = HttpClientSettings.builder();
        Parsed parsed = new Parsed();
        for (EnvironmentVariable<?> variable : SettingsVariables.ALL) {
            String raw = variables.get(variable.name());
            if (raw != null && !raw.isBlank()) {
                parsed.put(variable.name(), raw, variable.apply(raw, builder));
            }
        }
        for (VariableRelation relation : SettingsVariables.RELATIONS) {
            String problem = relation.problem(parsed);
            if (problem != null) {
                throw new InvalidSettingException(problem);
            }
        }
        return builder.build();
    }

    /**
     * The deployment environment named by {@code KUGEL_ENV}; development when it is absent or blank.
     *
     * @throws InvalidSettingException when {@code KUGEL_ENV} names no known environment
     */
    public static DeploymentEnvironment deploymentEnvironment(Map<String, String> variables) {
        String raw = variables.get(KUGEL_ENV);
        return raw == null || raw.isBlank()
                ? SettingsVariables.ENVIRONMENT.defaultValue()
                : SettingsVariables.ENVIRONMENT.parse(raw);
    }

    /** The variables parsed so far: their texts and values. */
    private static final class Parsed implements VariableRelation.Values {
        private static final Map<String, EnvironmentVariable<?>> BY_NAME = SettingsVariables.ALL.stream()
                .collect(Collectors.toMap(EnvironmentVariable::name, Function.identity()));

        private final Map<String, String> texts = new HashMap<>();
        private final Map<String, Object> values = new HashMap<>();

        void put(String name, String raw, Object value) {
            texts.put(name, raw);
            values.put(name, value);
        }

        @Override
        public boolean isSet(String name) {
            return texts.containsKey(name);
        }

        @Override
        public Object value(String name) {
            return isSet(name) ? values.get(name) : BY_NAME.get(name).defaultValue();
        }

        @Override
        public String blame(String name, String problem) {
            return isSet(name)
                    ? name + "='" + texts.get(name) + "' is out of range: " + problem
                    : problem + "; " + name + " is not set, so its default applies: set " + name
                            + " to a value that fits";
        }
    }
}
