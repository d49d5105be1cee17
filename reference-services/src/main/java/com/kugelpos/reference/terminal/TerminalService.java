package com.kugelpos.reference.terminal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.auth.CredentialKind;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.delivery.DeliveryStatus;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.ErrorCodes;
import com.kugelpos.reference.http.Paging;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terminal service's endpoints: terminal by id (row 1), store (row 6), terminal
 * delivery-status (row 11), terminal list (row 13) and {@code POST /auth/token}, which exchanges
 * an API key for a terminal token ({@link TokenIssuer}).
 */
public final class TerminalService implements ServiceRoutes {

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public TerminalService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.post("/api/v1/auth/token").sync(new TokenIssuer(context)::issue));
        router.add(Route.get("/api/v1/terminals/{terminal_id}").auth(AuthPolicy.any()).sync(this::getTerminal));
        router.add(Route.get("/api/v1/terminals").auth(AuthPolicy.any()).sync(this::listTerminals));
        router.add(Route.get("/api/v1/tenants/{tenant_id}/stores/{store_code}")
                .auth(AuthPolicy.any())
                .sync(this::getStore));
        router.add(Route.post("/api/v1/terminals/{terminal_id}/delivery-status")
                .auth(AuthPolicy.of(CredentialKind.SERVICE_TOKEN))
                .idempotent()
                .sync(this::deliveryStatus));
    }

    private ObjectNode terminal(ApiRequest request) {
        String terminalId = request.pathParam("terminal_id");
        return context.data().table(DataStore.TERMINALS)
                .get(request.principal().tenantId(), terminalId)
                .orElseThrow(() -> ApiException.notFound("Terminal not found. terminal_id: " + terminalId));
    }

    private ApiResponse getTerminal(ApiRequest request) {
        ObjectNode terminal = terminal(request);
        return ApiResponse.ok("get_terminal", "Terminal found. terminal_id: " + terminal.path("terminalId").asText(),
                terminal);
    }

    private ApiResponse listTerminals(ApiRequest request) {
        Paging paging = Paging.from(request);
        String storeCode = request.query("store_code").orElse(null);
        List<ObjectNode> terminals = context.data().table(DataStore.TERMINALS).list(request.principal().tenantId())
                .stream()
                .filter(t -> storeCode == null || storeCode.equals(t.path("storeCode").asText()))
                .toList();
        Map<String, String> filter = storeCode == null ? Map.of() : Map.of("store_code", storeCode);
        return ApiResponse.page("get_terminals", "Terminals found", paging.apply(terminals, filter));
    }

    private ApiResponse getStore(ApiRequest request) {
        String storeCode = request.pathParam("store_code");
        ObjectNode store = context.data().table(DataStore.STORES)
                .get(request.principal().tenantId(), storeCode)
                .orElseThrow(() -> new ApiException(404, ErrorCodes.STORE_NOT_FOUND, "Store not found. store_code: " + storeCode));
        return ApiResponse.ok("get_store", "Store found. store_code: " + storeCode, store);
    }

    private ApiResponse deliveryStatus(ApiRequest request) {
        DeliveryStatus status = DeliveryStatus.parse(request.body());
        terminal(request);
        context.stats().countCreated("deliveryStatus");
        return ApiResponse.ok("update_delivery_status", "Delivery status updated. event_id: " + status.eventId(),
                status.echo());
    }
}
