package com.kugelpos.http.auth;

import java.util.Map;
import java.util.function.Supplier;

/** STUB replaced by branch logging-auth. */
public interface Credentials {
    Map<String, String> headers();

    static Credentials none() {
        return Map::of;
    }

    static Credentials bearer(String token) {
        return () -> Map.of("Authorization", "Bearer " + token);
    }

    static Credentials bearer(Supplier<String> token) {
        return () -> Map.of("Authorization", "Bearer " + token.get());
    }

    static Credentials apiKey(String key) {
        return () -> Map.of("X-API-KEY", key);
    }
}
