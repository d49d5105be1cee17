package com.kugelpos.reference.masterdata;

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

/**
 * {@code GET /tenants/{t}/settings/{name}/value?store_code=S1&terminal_no=1} (row 5): the value
 * set for that store and terminal, else the default; 404 when the setting is absent.
 */
final class SettingRoutes implements ServiceRoutes {

    private final ServiceContext context;

    SettingRoutes(ServiceContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.add(Route.get("/api/v1/tenants/{tenant_id}/settings/{name}/value")
                .auth(AuthPolicy.any())
                .sync(this::value));
    }

    private ApiResponse value(ApiRequest request) {
        String name = request.pathParam("name");
        String storeCode = request.query("store_code").orElse(null);
        int terminalNo = request.queryInt("terminal_no", 0);
        ObjectNode setting = context.data().table(DataStore.SETTINGS).get(request.principal().tenantId(), name)
                .orElseThrow(() -> ApiException.notFound("Setting not found. name: " + name));
        String value = setting.path("defaultValue").asText();
        for (JsonNode specific : setting.path("values")) {
            boolean storeMatches = specific.path("storeCode").asText().equals(storeCode);
            boolean terminalMatches = specific.path("terminalNo").asInt() == terminalNo;
            if (storeMatches && terminalMatches) {
                value = specific.path("value").asText();
            }
        }
        ObjectNode data = Json.object();
        data.put("value", value);
        return ApiResponse.ok("get_setting_value", "Setting value found. name: " + name, data);
    }
}
