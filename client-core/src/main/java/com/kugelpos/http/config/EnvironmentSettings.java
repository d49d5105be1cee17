package com.kugelpos.http.config;

import java.util.Map;

/** Loads {@link HttpClientSettings} from environment variables. */
public final class EnvironmentSettings {

    private EnvironmentSettings() {}

    /** Settings from the given variables, with defaults for those that are absent. */
    public static HttpClientSettings load(Map<String, String> variables) {
        return HttpClientSettings.defaults();
    }
}
