package com.kugelpos.reference.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.common.UpstreamFailures;
import com.kugelpos.reference.http.ApiException;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Posts a transaction's delivery status to cart (row 10) through client-core, with a service
 * token of the reporting service and the event id as {@code Idempotency-Key}, so a retried post
 * is recorded once. Thread-safe.
 */
public final class DeliveryReporter {

    static final String PATH = "/api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}"
            + "/transactions/{transaction_no}/delivery-status";

    private final String serviceName;
    private final ServiceClient cart;
    private final Tokens tokens;

    /**
     * @param serviceName the reporting service ({@code journal}, {@code report}, {@code stock})
     * @param cart the client of cart
     * @param tokens issues the service token
     */
    public DeliveryReporter(String serviceName, ServiceClient cart, Tokens tokens) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        this.cart = Objects.requireNonNull(cart, "cart");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * Reports {@code status} for a transaction.
     *
     * @return completes with cart's response data, or exceptionally with 404 (cart does not know
     *     the transaction) or 502/503/504
     */
    public CompletionStage<JsonNode> report(TransactionRef transaction, DeliveryStatus status) {
        RequestOptions options = RequestOptions.builder()
                .pathParams(transaction.tenantId(), transaction.storeCode(), transaction.terminalNo(),
                        transaction.transactionNo())
                .query("terminal_id", transaction.terminalId())
                .credentials(Credentials.bearer(tokens.serviceToken(serviceName, transaction.tenantId())))
                .idempotencyKey(status.eventId())
                .build();
        return cart.post(PATH, status.toJson(), options).handle((response, failure) -> {
            if (failure == null) {
                return response.data();
            }
            if (UpstreamFailures.status(failure) == 404) {
                throw ApiException.notFound("cart does not know transaction " + transaction);
            }
            throw UpstreamFailures.toApiException(failure);
        });
    }
}
