package com.kugelpos.reference.stock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Paging;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The stock service's endpoints: a store's stock list and one item's stock. */
public final class StockService implements ServiceRoutes {

    private static final String PATH = "/api/v1/tenants/{tenant_id}/stores/{store_code}/stock";

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public StockService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.get(PATH).auth(AuthPolicy.any()).sync(this::list));
        router.add(Route.get(PATH + "/{item_code}").auth(AuthPolicy.any()).sync(this::one));
    }

    private ApiResponse list(ApiRequest request) {
        Paging paging = Paging.from(request);
        String storeCode = request.pathParam("store_code");
        List<ObjectNode> stock = context.data().table(DataStore.STOCK).list(request.principal().tenantId()).stream()
                .filter(s -> storeCode.equals(s.path("storeCode").asText()))
                .toList();
        return ApiResponse.page("get_stock_list", "Stock found", paging.apply(stock, Map.of()));
    }

    private ApiResponse one(ApiRequest request) {
        String storeCode = request.pathParam("store_code");
        String itemCode = request.pathParam("item_code");
        ObjectNode stock = context.data().table(DataStore.STOCK)
                .get(request.principal().tenantId(), storeCode + "-" + itemCode)
                .orElseThrow(() -> ApiException.notFound("Stock not found. item_code: " + itemCode));
        return ApiResponse.ok("get_stock", "Stock found. item_code: " + itemCode, stock);
    }
}
