package com.kugelpos.reference.masterdata;

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
import java.util.Map;
import java.util.Objects;

/**
 * The master-data service's endpoints: item details (row 2), payment (3), active promotions (4,
 * {@link PromotionRoutes}), setting value (5, {@link SettingRoutes}), staff (7) and the category,
 * item and payment lists (12). All accept an API key or any token.
 */
public final class MasterDataService implements ServiceRoutes {

    private static final String TENANT = "/api/v1/tenants/{tenant_id}";

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public MasterDataService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        AuthPolicy any = AuthPolicy.any();
        router.add(Route.get(TENANT + "/stores/{store_code}/items/{item_code}/details").auth(any).sync(this::itemDetails));
        router.add(Route.get(TENANT + "/payments/{payment_code}").auth(any).sync(this::payment));
        router.add(Route.get(TENANT + "/staff/{staff_id}").auth(any).sync(this::staff));
        router.add(Route.get(TENANT + "/categories").auth(any).sync(r -> list(r, DataStore.CATEGORIES, "get_categories")));
        router.add(Route.get(TENANT + "/items").auth(any).sync(r -> list(r, DataStore.ITEMS, "get_items")));
        router.add(Route.get(TENANT + "/payments").auth(any).sync(r -> list(r, DataStore.PAYMENTS, "get_payments")));
        new PromotionRoutes(context).register(router);
        new SettingRoutes(context).register(router);
    }

    private ApiResponse itemDetails(ApiRequest request) {
        String tenantId = request.principal().tenantId();
        String storeCode = request.pathParam("store_code");
        String itemCode = request.pathParam("item_code");
        context.data().table(DataStore.STORES).get(tenantId, storeCode)
                .orElseThrow(() -> ApiException.notFound("Store not found. store_code: " + storeCode));
        ObjectNode item = context.data().table(DataStore.ITEMS).get(tenantId, itemCode)
                .filter(found -> !found.path("isDeleted").asBoolean(false))
                .orElseThrow(() -> ApiException.notFound("Item not found. item_code: " + itemCode));
        return ApiResponse.ok("get_item_store_detail", "Item found. item_code: " + itemCode, item);
    }

    private ApiResponse payment(ApiRequest request) {
        String paymentCode = request.pathParam("payment_code");
        ObjectNode payment = context.data().table(DataStore.PAYMENTS)
                .get(request.principal().tenantId(), paymentCode)
                .orElseThrow(() -> ApiException.notFound("Payment not found. payment_code: " + paymentCode));
        return ApiResponse.ok("get_payment", "Payment found. payment_code: " + paymentCode, payment);
    }

    private ApiResponse staff(ApiRequest request) {
        String staffId = request.pathParam("staff_id");
        ObjectNode staff = context.data().table(DataStore.STAFF)
                .get(request.principal().tenantId(), staffId)
                .orElseThrow(() -> ApiException.notFound("Staff not found. staff_id: " + staffId));
        return ApiResponse.ok("get_staff", "Staff found. staff_id: " + staffId, staff);
    }

    private ApiResponse list(ApiRequest request, String table, String operation) {
        Paging paging = Paging.from(request);
        return ApiResponse.page(operation, table + " found",
                paging.apply(context.data().table(table).list(request.principal().tenantId()), Map.of()));
    }
}
