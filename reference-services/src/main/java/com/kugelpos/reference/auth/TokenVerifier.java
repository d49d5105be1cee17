package com.kugelpos.reference.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.kugelpos.reference.http.ApiException;
import java.time.Clock;
import java.util.Objects;

/**
 * Verifies HS256 bearer tokens and turns their claims into a {@link Principal}. Expiry is
 * checked against the injected clock. Thread-safe.
 */
public final class TokenVerifier {

    private final JWTVerifier verifier;

    /**
     * @param secret the shared HS256 secret (never logged)
     * @param clock the time source for the expiry check
     */
    public TokenVerifier(String secret, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.verifier = ((JWTVerifier.BaseVerification)
                        JWT.require(Algorithm.HMAC256(Objects.requireNonNull(secret, "secret"))))
                .build(clock);
    }

    /**
     * Verifies {@code token} (without the {@code Bearer } prefix).
     *
     * @throws ApiException 401 when the signature, expiry or claims are wrong; the message never
     *     contains the token
     */
    public Principal verify(String token) {
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (TokenExpiredException e) {
            throw ApiException.unauthorized("bearer token has expired; obtain a new one");
        } catch (JWTVerificationException e) {
            throw ApiException.unauthorized("bearer token is invalid (signature or format)");
        }
        String tenantId = jwt.getClaim("tenant_id").asString();
        if (tenantId == null || tenantId.isBlank()) {
            throw ApiException.unauthorized("bearer token has no tenant_id claim");
        }
        if ("terminal".equals(jwt.getClaim("token_type").asString())) {
            return terminalPrincipal(jwt, tenantId);
        }
        if (Boolean.TRUE.equals(jwt.getClaim("is_service_account").asBoolean())) {
            return Principal.token(CredentialKind.SERVICE_TOKEN, tenantId, jwt.getSubject(), null);
        }
        return Principal.token(CredentialKind.USER_TOKEN, tenantId, jwt.getSubject(), null);
    }

    private static Principal terminalPrincipal(DecodedJWT jwt, String tenantId) {
        String terminalId = jwt.getClaim("terminal_id").asString();
        String storeCode = jwt.getClaim("store_code").asString();
        Integer terminalNo = jwt.getClaim("terminal_no").asInt();
        if (terminalId == null || storeCode == null || terminalNo == null) {
            throw ApiException.unauthorized("terminal token lacks terminal_id, store_code or terminal_no");
        }
        TerminalInfo terminal = new TerminalInfo(terminalId, tenantId, storeCode, terminalNo, null);
        return Principal.token(CredentialKind.TERMINAL_TOKEN, tenantId, terminalId, terminal);
    }
}
