package com.kugelpos.http.auth;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The authentication headers a service client sends. {@link #headers()} is evaluated on every
 * attempt, so a token supplier can hand out a refreshed token for a retry.
 *
 * <p>Implementations are thread-safe and their {@code toString()} never reveals a secret
 * ({@code Bearer(****)}). Header values are checked for line breaks, which would let a value inject
 * further headers.
 */
public interface Credentials {

    /** The header of JWT bearer authentication. */
    String AUTHORIZATION = "Authorization";

    /**
     * The header of terminal API-key authentication, spelled as in the interactions spec (header names
     * are case-insensitive, so it is the specification's {@code X-API-Key} too).
     */
    String API_KEY_HEADER = "X-API-KEY";

    /**
     * The headers to add to the next attempt; an immutable map, empty for {@link #none()}.
     *
     * @throws IllegalStateException if a supplied token is null, blank or not a single line
     */
    Map<String, String> headers();

    /**
     * {@code Authorization: Bearer <token>} with a fixed token.
     *
     * @throws IllegalArgumentException if {@code token} is null, blank or contains a line break
     */
    static Credentials bearer(String token) {
        String problem = HeaderValues.problemWith(token);
        if (problem != null) {
            throw new IllegalArgumentException("The bearer token " + problem);
        }
        return new BearerCredentials(() -> token);
    }

    /**
     * {@code Authorization: Bearer <token>} with the token read from {@code tokenSupplier} on every
     * attempt. The supplier must be thread-safe; its exceptions reach the caller unchanged.
     *
     * @throws NullPointerException if {@code tokenSupplier} is null
     */
    static Credentials bearer(Supplier<String> tokenSupplier) {
        return new BearerCredentials(Objects.requireNonNull(tokenSupplier, "tokenSupplier must not be null"));
    }

    /**
     * {@code X-API-KEY: <key>}, the legacy terminal authentication.
     *
     * @throws IllegalArgumentException if {@code key} is null, blank or contains a line break
     */
    static Credentials apiKey(String key) {
        return new ApiKeyCredentials(key);
    }

    /** No authentication headers. */
    static Credentials none() {
        return NoCredentials.INSTANCE;
    }
}
