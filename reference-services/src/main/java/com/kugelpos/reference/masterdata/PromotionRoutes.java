package com.kugelpos.reference.masterdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /tenants/{t}/promotions/active?storeCode=S1} (row 4): promotions that are active,
 * within their start/end window on the service clock, and target the store (or all stores). Like
 * upstream's {@code get_active_promotions}, the list has no {@code metadata}, and start and end are
 * written {@code YYYY-MM-DDTHH:MM:SS} without a zone (read here as UTC).
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
        String storeCode = request.query("storeCode").orElse(null);
        Instant now = context.clock().instant();
        List<ObjectNode> active = context.data().table(DataStore.PROMOTIONS).list(request.principal().tenantId())
                .stream()
                .filter(p -> p.path("isActive").asBoolean(false))
                .filter(p -> within(p, now))
                .filter(p -> storeCode == null || targets(p.path("detail").path("targetStoreCodes"), storeCode))
                .toList();
        return ApiResponse.ok("get_active_promotions",
                "Active promotions retrieved successfully for tenant_id: " + request.principal().tenantId(), active);
    }

    private static boolean within(JsonNode promotion, Instant now) {
        try {
            Instant start = LocalDateTime.parse(promotion.path("startDatetime").asText()).toInstant(ZoneOffset.UTC);
            Instant end = LocalDateTime.parse(promotion.path("endDatetime").asText()).toInstant(ZoneOffset.UTC);
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
