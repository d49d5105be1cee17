package com.kugelpos.reference.auth;

import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Authenticates a request under a route's {@link AuthPolicy} and checks that a {@code {tenant_id}}
 * or {@code {terminal_id}} in the path belongs to the credentials' tenant (else 400). An
 * {@code X-API-KEY} header wins over a bearer token; its terminal is the {@code terminal_id} query
 * parameter or, as upstream's {@code get_tenant_id_with_security} reads it, the path's
 * {@code {terminal_id}}. Thread-safe.
 */
public final class Authenticator {

    private final ApiKeyAuth apiKeys;
    private final TokenVerifier tokens;

    /**
     * @param apiKeys legacy API-key authentication
     * @param tokens bearer-token verification
     */
    public Authenticator(ApiKeyAuth apiKeys, TokenVerifier tokens) {
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * @return completes with the request carrying its principal (unchanged for open routes), or
     *     exceptionally with 401 (no or bad credentials, kind not accepted) or 400 (tenant mismatch)
     */
    public CompletionStage<ApiRequest> authenticate(ApiRequest request, AuthPolicy policy) {
        if (policy.isOpen()) {
            return CompletableFuture.completedFuture(request);
        }
        return principalOf(request, policy).thenApply(principal -> {
            checkTenant(request, principal);
            return request.withPrincipal(principal);
        });
    }

    private CompletionStage<Principal> principalOf(ApiRequest request, AuthPolicy policy) {
        String apiKey = request.header("X-API-KEY").orElse(null);
        if (apiKey != null && policy.accepts(CredentialKind.API_KEY)) {
            String terminalId = request.query("terminal_id").orElse(request.pathParams().get("terminal_id"));
            return apiKeys.authenticate(terminalId, apiKey);
        }
        String authorization = request.header("Authorization").orElse(null);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Principal principal = tokens.verify(authorization.substring(7).trim());
            if (!policy.accepts(principal.kind())) {
                throw ApiException.unauthorized(
                        "this endpoint does not accept a " + principal.kind() + "; accepted: " + policy);
            }
            return CompletableFuture.completedFuture(principal);
        }
        throw ApiException.unauthorized("credentials required: " + policy
                + " (X-API-KEY with terminal_id, or Authorization: Bearer <token>)");
    }

    private static void checkTenant(ApiRequest request, Principal principal) {
        String pathTenant = request.pathParams().get("tenant_id");
        if (pathTenant == null && request.pathParams().containsKey("terminal_id")) {
            pathTenant = request.pathParams().get("terminal_id").split("-", 2)[0];
        }
        if (pathTenant != null && !pathTenant.equals(principal.tenantId())) {
            throw ApiException.tenantMismatch("tenant " + pathTenant + " in the path differs from the credentials' tenant "
                    + principal.tenantId());
        }
    }
}
