package com.kugelpos.reference.masterdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Paging;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /tenants/{t}/promotions/active?storeCode=S1} (row 4): promotions that are active,
 * within their start/end window on the service clock, and target the store (or all stores).
 */
final class PromotionRoutes implements ServiceRoutes {

    private final ServiceContext context;

    PromotionRoutes(ServiceContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.add(Route.get("/api/v1/tenants/{tenant_id}/promotions/active")
                .auth(AuthPolicy.any())
                .sync(this::active));
    }

    private ApiResponse active(ApiRequest request) {
        Paging paging = Paging.from(request);
        String storeCode = request.query("storeCode").orElse(null);
        Instant now = context.clock().instant();
        List<ObjectNode> active = context.data().table(DataStore.PROMOTIONS).list(request.principal().tenantId())
                .stream()
                .filter(p -> p.path("isActive").asBoolean(false))
                .filter(p -> within(p, now))
                .filter(p -> storeCode == null || targets(p.path("detail").path("targetStoreCodes"), storeCode))
                .toList();
        Map<String, String> filter = storeCode == null ? Map.of() : Map.of("storeCode", storeCode);
        return ApiResponse.page("get_active_promotions", "Active promotions found", paging.apply(active, filter));
    }

    private static boolean within(JsonNode promotion, Instant now) {
        try {
            Instant start = Instant.parse(promotion.path("startDatetime").asText());
            Instant end = Instant.parse(promotion.path("endDatetime").asText());
            return !now.isBefore(start) && now.isBefore(end);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean targets(JsonNode storeCodes, String storeCode) {
        if (storeCodes.isEmpty()) {
            return true;
        }
        for (JsonNode code : storeCodes) {
            if (storeCode.equals(code.asText())) {
                return true;
            }
        }
        return false;
    }
}
