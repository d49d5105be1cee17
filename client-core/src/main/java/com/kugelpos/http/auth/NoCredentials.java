package com.kugelpos.http.auth;

import java.util.Map;

/** No authentication headers. */
enum NoCredentials implements Credentials {
    INSTANCE;

    @Override
    public Map<String, String> headers() {
        return Map.of();
    }

    @Override
    public String toString() {
        return "None";
    }
}
