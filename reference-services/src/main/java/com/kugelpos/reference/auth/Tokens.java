package com.kugelpos.reference.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues HS256 tokens with the claims of the Kugelpos services: user tokens (30 min), service
 * tokens (5 min) and terminal tokens (24 h). Used by terminal {@code POST /auth/token}, by the
 * services that call others with a service token, and by tests. Thread-safe.
 */
public final class Tokens {

    /** Lifetime of a user token. */
    public static final Duration USER_TOKEN_LIFETIME = Duration.ofMinutes(30);
    /** Lifetime of a service token. */
    public static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(5);
    /** Lifetime of a terminal token. */
    public static final Duration TERMINAL_TOKEN_LIFETIME = Duration.ofHours(24);

    private final Algorithm algorithm;
    private final Clock clock;

    /**
     * @param secret the shared HS256 secret (never logged)
     * @param clock the time source for {@code iat} and {@code exp}
     */
    public Tokens(String secret, Clock clock) {
        this.algorithm = Algorithm.HMAC256(Objects.requireNonNull(secret, "secret"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A user token {@code {sub, tenant_id, is_superuser, exp}}. */
    public String userToken(String tenantId, String username, boolean superuser) {
        Instant now = clock.instant();
        return JWT.create()
                .withSubject(username)
                .withClaim("tenant_id", tenantId)
                .withClaim("is_superuser", superuser)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(USER_TOKEN_LIFETIME))
                .sign(algorithm);
    }

    /** A service token {@code {sub: "service:<name>", tenant_id, service, is_service_account: true}}. */
    public String serviceToken(String serviceName, String tenantId) {
        Instant now = clock.instant();
        return JWT.create()
                .withSubject("service:" + serviceName)
                .withClaim("tenant_id", tenantId)
                .withClaim("service", serviceName)
                .withClaim("is_service_account", true)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(SERVICE_TOKEN_LIFETIME))
                .sign(algorithm);
    }

    /** A terminal token {@code {tenant_id, store_code, terminal_no, terminal_id, token_type: "terminal"}}. */
    public String terminalToken(TerminalInfo terminal) {
        Instant now = clock.instant();
        return JWT.create()
                .withSubject(terminal.terminalId())
                .withClaim("tenant_id", terminal.tenantId())
                .withClaim("store_code", terminal.storeCode())
                .withClaim("terminal_no", terminal.terminalNo())
                .withClaim("terminal_id", terminal.terminalId())
                .withClaim("token_type", "terminal")
                .withIssuedAt(now)
                .withExpiresAt(now.plus(TERMINAL_TOKEN_LIFETIME))
                .sign(algorithm);
    }
}
