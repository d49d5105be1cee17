package com.kugelpos.http.auth;

import java.util.Map;

/** {@code X-API-KEY: <key>}, the legacy terminal authentication. Immutable. */
final class ApiKeyCredentials implements Credentials {

    private final Map<String, String> headers;

    ApiKeyCredentials(String key) {
        String problem = HeaderValues.problemWith(key);
        if (problem != null) {
            throw new IllegalArgumentException("The API key " + problem);
        }
        this.headers = Map.of(API_KEY_HEADER, key);
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
