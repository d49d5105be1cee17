package com.kugelpos.reference.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The authenticated caller: credential kind, tenant, subject and, for terminal credentials, the
 * terminal. Holds the presented API key for calls made on the caller's behalf; {@link #toString()}
 * never shows it. Immutable.
 */
public final class Principal {

    private final CredentialKind kind;
    private final String tenantId;
    private final String subject;
    private final TerminalInfo terminal;
    private final String apiKey;

    private Principal(CredentialKind kind, String tenantId, String subject, TerminalInfo terminal, String apiKey) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.subject = subject;
        this.terminal = terminal;
        this.apiKey = apiKey;
    }

    /** A terminal authenticated by its API key. */
    public static Principal apiKey(TerminalInfo terminal, String presentedKey) {
        return new Principal(
                CredentialKind.API_KEY, terminal.tenantId(), terminal.terminalId(), terminal, presentedKey);
    }

    /** A caller authenticated by a bearer token; {@code terminal} only for terminal tokens. */
    public static Principal token(CredentialKind kind, String tenantId, String subject, TerminalInfo terminal) {
        return new Principal(kind, tenantId, subject, terminal, null);
    }

    /** The credential kind. */
    public CredentialKind kind() {
        return kind;
    }

    /** The credentials' tenant. */
    public String tenantId() {
        return tenantId;
    }

    /** The token subject, or the terminal id for API-key callers. */
    public String subject() {
        return subject;
    }

    /** The terminal of terminal credentials (API key or terminal token). */
    public Optional<TerminalInfo> terminal() {
        return Optional.ofNullable(terminal);
    }

    /** The presented API key of an {@link CredentialKind#API_KEY} caller; a secret. */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    @Override
    public String toString() {
        return "Principal[" + kind + ", tenant=" + tenantId + ", subject=" + subject + "]";
    }
}
