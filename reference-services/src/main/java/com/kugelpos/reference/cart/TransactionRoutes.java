package com.kugelpos.reference.cart;

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
import com.kugelpos.reference.http.Paging;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cart's transaction endpoints: a terminal's transactions with filters and paging (row 8) and the
 * delivery-status that journal, report and stock post for a transaction (row 10, service token,
 * honours {@code Idempotency-Key}).
 */
final class TransactionRoutes implements ServiceRoutes {

    /** Table of received delivery statuses, keyed by event id and service. */
    static final String DELIVERY_STATUS = "deliveryStatus";

    private static final String TRANSACTIONS =
            "/api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/transactions";

    private final ServiceContext context;

    TransactionRoutes(ServiceContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.add(Route.get(TRANSACTIONS).auth(AuthPolicy.any()).sync(this::list));
        router.add(Route.post(TRANSACTIONS + "/{transaction_no}/delivery-status")
                .auth(AuthPolicy.of(CredentialKind.SERVICE_TOKEN))
                .idempotent()
                .sync(this::deliveryStatus));
    }

    private ApiResponse list(ApiRequest request) {
        Paging paging = Paging.from(request);
        String storeCode = request.pathParam("store_code");
        int terminalNo = request.pathInt("terminal_no");
        Optional<String> businessDate = request.query("business_date");
        Optional<Integer> openCounter = request.query("open_counter").map(v -> request.queryInt("open_counter", 0));
        boolean includeCancelled = Boolean.parseBoolean(request.query("include_cancelled").orElse("false"));
        List<ObjectNode> transactions = context.data().table(DataStore.TRANSACTIONS)
                .list(request.principal().tenantId()).stream()
                .filter(tx -> storeCode.equals(tx.path("storeCode").asText()) && tx.path("terminalNo").asInt() == terminalNo)
                .filter(tx -> businessDate.isEmpty() || businessDate.get().equals(tx.path("businessDate").asText()))
                .filter(tx -> openCounter.isEmpty() || openCounter.get() == tx.path("openCounter").asInt())
                .filter(tx -> includeCancelled || !tx.path("status").path("isCancelled").asBoolean(false))
                .toList();
        Map<String, String> filter = new LinkedHashMap<>();
        businessDate.ifPresent(date -> filter.put("business_date", date));
        openCounter.ifPresent(counter -> filter.put("open_counter", String.valueOf(counter)));
        filter.put("include_cancelled", String.valueOf(includeCancelled));
        return ApiResponse.page("get_transactions", "Transactions found", paging.apply(transactions, filter));
    }

    private ApiResponse deliveryStatus(ApiRequest request) {
        String tenantId = request.principal().tenantId();
        String storeCode = request.pathParam("store_code");
        int terminalNo = request.pathInt("terminal_no");
        int transactionNo = request.pathInt("transaction_no");
        DeliveryStatus status = DeliveryStatus.parse(request.body());
        context.data().table(DataStore.TRANSACTIONS)
                .get(tenantId, DataStore.transactionKey(storeCode, terminalNo, transactionNo))
                .orElseThrow(() -> ApiException.notFound("Transaction not found. transaction_no: " + transactionNo));
        context.data().table(DELIVERY_STATUS).put(tenantId, status.eventId() + "|" + status.service(), status.toJson());
        context.stats().countCreated("deliveryStatus");
        return ApiResponse.ok("update_delivery_status", "Delivery status updated. event_id: " + status.eventId(),
                status.echo());
    }
}
