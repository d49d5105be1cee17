package com.kugelpos.reference.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The trigger of row 10 on journal, report and stock: {@code POST /_admin/deliver} with
 * {@code {"tenantId", "storeCode", "terminalNo", "transactionNo", "status"?, "eventId"?, "message"?}}
 * posts that delivery status to cart and answers {@code {"delivered": true, "eventId", "cart": data}};
 * cart's failures come back as 404 or 502/503/504 envelopes. Open and not counted, like the other
 * admin endpoints; the call to cart is counted by cart.
 */
public final class DeliveryRoutes implements ServiceRoutes {

    private final ServiceContext context;
    private final DeliveryReporter reporter;

    /**
     * @param context the service's shared parts
     * @param reporter posts to cart
     */
    public DeliveryRoutes(ServiceContext context, DeliveryReporter reporter) {
        this.context = Objects.requireNonNull(context, "context");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    @Override
    public void register(Router router) {
        router.add(Route.post("/_admin/deliver").uncounted().handle(this::deliver));
    }

    private CompletionStage<ApiResponse> deliver(ApiRequest request) {
        JsonBody body = JsonBody.parseObject(request.body());
        TransactionRef transaction = new TransactionRef(
                body.text("tenantId"), body.text("storeCode"), body.integer("terminalNo"), body.integer("transactionNo"));
        DeliveryStatus status = new DeliveryStatus(
                body.text("eventId", UUID.randomUUID().toString()),
                context.service().serviceName(),
                body.text("status", "received"),
                body.text("message", ""));
        return reporter.report(transaction, status).thenApply(cartData -> {
            ObjectNode answer = Json.object();
            answer.put("delivered", true);
            answer.put("eventId", status.eventId());
            answer.set("cart", cartData);
            return ApiResponse.plain(200, answer);
        });
    }
}
