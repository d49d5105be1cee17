package com.kugelpos.reference.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.Objects;

/**
 * Test-support endpoints that set up a service's data, e.g. for the provider states of contract
 * tests; open and not counted, like the other admin endpoints:
 * {@code POST /_admin/data/{table}/{tenant}/{key}} with a record (stored as it is, the tenant
 * registered), {@code DELETE /_admin/data/{table}/{tenant}/{key}} and
 * {@code DELETE /_admin/tenants/{tenant}} (the tenant and all its records). Tables are those of
 * {@link DataStore}, e.g. {@code items} keyed by item code.
 */
public final class DataAdminRoutes implements ServiceRoutes {

    private static final String RECORD = "/_admin/data/{table}/{tenant}/{key}";

    private final DataStore data;

    /** @param context the service's shared parts */
    public DataAdminRoutes(ServiceContext context) {
        this.data = Objects.requireNonNull(context, "context").data();
    }

    @Override
    public void register(Router router) {
        router.add(Route.post(RECORD).uncounted().sync(this::put));
        router.add(Route.delete(RECORD).uncounted().sync(this::remove));
        router.add(Route.delete("/_admin/tenants/{tenant}").uncounted().sync(this::removeTenant));
    }

    private ApiResponse put(ApiRequest request) {
        ObjectNode record = JsonBody.parseObject(request.body()).node().deepCopy();
        String tenant = request.pathParam("tenant");
        data.createTenant(tenant);
        data.table(request.pathParam("table")).put(tenant, request.pathParam("key"), record);
        return answer("stored", true);
    }

    private ApiResponse remove(ApiRequest request) {
        return answer("removed",
                data.table(request.pathParam("table")).remove(request.pathParam("tenant"), request.pathParam("key")));
    }

    private ApiResponse removeTenant(ApiRequest request) {
        return answer("removed", data.removeTenant(request.pathParam("tenant")));
    }

    private static ApiResponse answer(String name, boolean value) {
        ObjectNode body = Json.object();
        body.put(name, value);
        return ApiResponse.plain(200, body);
    }
}
