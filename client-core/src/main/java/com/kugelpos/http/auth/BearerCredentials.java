package com.kugelpos.http.auth;

import java.util.Map;
import java.util.function.Supplier;

/** {@code Authorization: Bearer <token>}, the token read on every call. Thread-safe. */
final class BearerCredentials implements Credentials {

    private final Supplier<String> tokenSupplier;

    BearerCredentials(Supplier<String> tokenSupplier) {
        this.tokenSupplier = tokenSupplier;
    }

    @Override
    public Map<String, String> headers() {
        String token = tokenSupplier.get();
        String problem = HeaderValues.problemWith(token);
        if (problem != null) {
            throw new IllegalStateException("The bearer token from the token supplier " + problem);
        }
        return Map.of(AUTHORIZATION, "Bearer " + token);
    }

    @Override
    public String toString() {
        return "Bearer(****)";
    }
}
