package com.kugelpos.reference.terminal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.ApiKeyAuth;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.common.LocalTerminalDirectory;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import java.util.Optional;

/**
 * Terminal {@code POST /api/v1/auth/token}: exchanges the {@code X-API-KEY} for a terminal token.
 * With {@code terminal_id} the terminal is looked up directly; without it every tenant's terminals
 * are scanned for the key, as in the original.
 */
final class TokenIssuer {

    private final ServiceContext context;

    TokenIssuer(ServiceContext context) {
        this.context = context;
    }

    ApiResponse issue(ApiRequest request) {
        String apiKey = request.header("X-API-KEY").filter(k -> !k.isBlank())
                .orElseThrow(() -> ApiException.unauthorized("API key is required in the X-API-KEY header"));
        TerminalInfo terminal = request.query("terminal_id")
                .map(id -> direct(id, apiKey))
                .orElseGet(() -> scan(apiKey))
                .orElseThrow(() -> ApiException.unauthorized("Invalid API key"));
        ObjectNode data = Json.object();
        data.put("access_token", context.tokens().terminalToken(terminal));
        data.put("token_type", "bearer");
        data.put("expires_in", Tokens.TERMINAL_TOKEN_LIFETIME.toSeconds());
        return ApiResponse.ok("create_token", "Token issued for terminal " + terminal.terminalId(), data);
    }

    private Optional<TerminalInfo> direct(String terminalId, String apiKey) {
        String tenantId = terminalId.split("-", 2)[0];
        return context.data().table(DataStore.TERMINALS).get(tenantId, terminalId)
                .map(LocalTerminalDirectory::toInfo)
                .filter(info -> ApiKeyAuth.keyMatches(info, apiKey));
    }

    private Optional<TerminalInfo> scan(String apiKey) {
        return context.data().tenants().stream()
                .flatMap(tenant -> context.data().table(DataStore.TERMINALS).list(tenant).stream())
                .map(LocalTerminalDirectory::toInfo)
                .filter(info -> ApiKeyAuth.keyMatches(info, apiKey))
                .findFirst();
    }
}
