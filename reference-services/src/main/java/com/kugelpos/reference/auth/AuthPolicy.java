package com.kugelpos.reference.auth;

import java.util.EnumSet;
import java.util.Set;

/** Which credential kinds a route accepts; an empty policy means no authentication. Immutable. */
public final class AuthPolicy {

    private static final AuthPolicy NONE = new AuthPolicy(EnumSet.noneOf(CredentialKind.class));

    private final Set<CredentialKind> accepted;

    private AuthPolicy(EnumSet<CredentialKind> accepted) {
        this.accepted = Set.copyOf(accepted);
    }

    /** No credentials needed. */
    public static AuthPolicy none() {
        return NONE;
    }

    /** Accepts exactly the given kinds. */
    public static AuthPolicy of(CredentialKind first, CredentialKind... more) {
        return new AuthPolicy(EnumSet.of(first, more));
    }

    /** Accepts any credential kind ("JWT or legacy"). */
    public static AuthPolicy any() {
        return new AuthPolicy(EnumSet.allOf(CredentialKind.class));
    }

    /** Whether the route needs no credentials. */
    public boolean isOpen() {
        return accepted.isEmpty();
    }

    /** Whether {@code kind} is accepted. */
    public boolean accepts(CredentialKind kind) {
        return accepted.contains(kind);
    }

    @Override
    public String toString() {
        return accepted.isEmpty() ? "none" : accepted.toString();
    }
}
