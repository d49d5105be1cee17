package com.kugelpos.reference.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.Objects;

/**
 * The report service's endpoint: a flash sales report of a store for a business date,
 * {@code GET /tenants/{t}/stores/{s}/reports?report_scope=flash&report_type=sales&business_date=},
 * computed from the service's transactions (cancelled ones counted apart).
 */
public final class ReportService implements ServiceRoutes {

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public ReportService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.get("/api/v1/tenants/{tenant_id}/stores/{store_code}/reports")
                .auth(AuthPolicy.any())
                .sync(this::salesReport));
    }

    private ApiResponse salesReport(ApiRequest request) {
        String storeCode = request.pathParam("store_code");
        String scope = request.query("report_scope").orElse("flash");
        String type = request.query("report_type").orElse("sales");
        String businessDate = request.query("business_date")
                .orElseThrow(() -> ApiException.invalid("query parameter business_date (YYYYMMDD) is required"));
        if (!scope.equals("flash") || !type.equals("sales")) {
            throw ApiException.invalid("only report_scope=flash and report_type=sales are supported");
        }
        double sales = 0;
        long count = 0;
        long cancelled = 0;
        for (JsonNode tx : context.data().table(DataStore.TRANSACTIONS).list(request.principal().tenantId())) {
            if (!storeCode.equals(tx.path("storeCode").asText()) || !businessDate.equals(tx.path("businessDate").asText())) {
                continue;
            }
            if (tx.path("status").path("isCancelled").asBoolean(false)) {
                cancelled++;
            } else {
                count++;
                sales += tx.path("totalAmount").asDouble();
            }
        }
        ObjectNode report = Json.object();
        report.put("tenantId", request.principal().tenantId());
        report.put("storeCode", storeCode);
        report.put("businessDate", businessDate);
        report.put("reportScope", scope);
        report.put("reportType", type);
        report.putObject("salesGross").put("amount", sales).put("count", count);
        report.putObject("cancelled").put("count", cancelled);
        return ApiResponse.ok("get_report", "Report generated. store_code: " + storeCode, report);
    }
}
