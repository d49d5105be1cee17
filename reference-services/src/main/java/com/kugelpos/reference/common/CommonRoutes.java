package com.kugelpos.reference.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.auth.CredentialKind;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoints every service has: {@code GET /health} and {@code POST /api/v1/tenants} (the
 * target of terminal's tenant fan-out, row 9), which needs a user or service token whose tenant
 * is the body's {@code tenant_id}. Creating an existing tenant answers 201 again without a second
 * record, like the original (it only ensures the tenant's collections exist).
 */
public final class CommonRoutes implements ServiceRoutes {

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public CommonRoutes(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.get("/health").sync(this::health));
        router.add(Route.post("/api/v1/tenants")
                .auth(AuthPolicy.of(CredentialKind.USER_TOKEN, CredentialKind.SERVICE_TOKEN))
                .idempotent()
                .sync(this::createTenant));
    }

    private ApiResponse health(ApiRequest request) {
        ObjectNode body = Json.object();
        body.put("status", "healthy");
        body.put("service", context.service().serviceName());
        return ApiResponse.plain(200, body);
    }

    private ApiResponse createTenant(ApiRequest request) {
        String tenantId = JsonBody.parseObject(request.body()).text("tenant_id");
        if (!tenantId.equals(request.principal().tenantId())) {
            throw ApiException.tenantMismatch("tenant_id " + tenantId + " in the body differs from the token's tenant "
                    + request.principal().tenantId());
        }
        if (context.data().createTenant(tenantId)) {
            context.stats().countCreated("tenant");
        }
        return ApiResponse.created(
                "create_tenant", "Creating tenant has completed: " + tenantId, Map.of("tenantId", tenantId));
    }
}
