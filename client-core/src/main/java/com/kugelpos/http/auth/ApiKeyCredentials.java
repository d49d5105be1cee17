package com.kugelpos.http.auth;

import java.util.Collections;
import java.util.Map;

/** {@code X-API-KEY: <key>}, the legacy terminal authentication. Immutable. */
final class ApiKeyCredentials implements Credentials {

    private final Map<String, String> headers;

    ApiKeyCredentials(String key) {
        String problem = HeaderValues.problemWith(key);
        if (problem != null) {
            throw new IllegalArgumentException("The API key " + problem);
        }
        // a singleton map's forEach (how each attempt reads it) allocates nothing; Map.of's makes an entry set
        this.headers = Collections.singletonMap(API_KEY_HEADER, key);
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "ApiKey(****)";
    }
}
