package com.kugelpos.reference.auth;

import com.kugelpos.reference.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Legacy terminal auth: {@code X-API-KEY} must be the apiKey of the terminal named by the
 * {@code terminal_id} query parameter. Keys are compared in constant time. Thread-safe.
 */
public final class ApiKeyAuth {

    private final TerminalDirectory directory;

    /** @param directory where terminals are looked up */
    public ApiKeyAuth(TerminalDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Authenticates a presented key for a terminal id.
     *
     * @param terminalId the {@code terminal_id} query value, or {@code null} when absent
     * @param presentedKey the {@code X-API-KEY} header value
     * @return completes with the terminal's principal, or exceptionally with a 401
     *     {@link ApiException} (or the directory's failure, e.g. an upstream 503)
     */
    public CompletionStage<Principal> authenticate(String terminalId, String presentedKey) {
        if (terminalId == null || terminalId.isBlank()) {
            throw ApiException.unauthorized("X-API-KEY needs the terminal_id query parameter (<tenant>-<store>-<no>)");
        }
        TerminalId.parse(terminalId);
        return directory.find(terminalId, presentedKey).thenApply(found -> {
            TerminalInfo terminal = found.orElseThrow(
                    () -> ApiException.unauthorized("unknown terminal_id " + terminalId + " or wrong API key"));
            if (!keyMatches(terminal, presentedKey)) {
                throw ApiException.unauthorized("unknown terminal_id " + terminalId + " or wrong API key");
            }
            return Principal.apiKey(terminal, presentedKey);
        });
    }

    /** Whether {@code presentedKey} is the terminal's API key, compared in constant time. */
    public static boolean keyMatches(TerminalInfo terminal, String presentedKey) {
        return terminal.apiKey() != null
                && presentedKey != null
                && MessageDigest.isEqual(
                        terminal.apiKey().getBytes(StandardCharsets.UTF_8),
                        presentedKey.getBytes(StandardCharsets.UTF_8));
    }
}
