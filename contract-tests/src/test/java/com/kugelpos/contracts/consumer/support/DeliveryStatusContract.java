package com.kugelpos.contracts.consumer.support;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.DeliveryAck;
import com.kugelpos.contracts.consumer.model.DeliveryStatus;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Rows 10 and 11: journal, report and stock tell cart (per transaction) and journal and report
 * tell terminal that they received an event. A POST with a service token and an
 * {@code Idempotency-Key}, so that a retry after a lost answer is not recorded twice; the answer
 * echoes the status. The five consumer-provider pairs share this interaction and call.
 */
public final class DeliveryStatusContract {

    /** Row 10's path on cart. */
    public static final String CART_PATH =
            "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/transactions/{transactionNo}/delivery-status";
    /** Row 11's path on terminal. */
    public static final String TERMINAL_PATH = "/api/v1/terminals/{terminalId}/delivery-status";

    private static final String EVENT_ID = "8f14e45f-ceea-4a67-9c5e-6a2f0d3c1b9e";
    private static final String STATUS = "received";

    private DeliveryStatusContract() {}

    /** Row 10: {@code reporter} posts the delivery status of transaction 1 of T1-S1-1 to cart. */
    public static V4Pact toCart(PactDslWithProvider builder, String reporter) {
        String path = "/api/v1/tenants/" + ContractIds.TENANT + "/stores/" + ContractIds.STORE + "/terminals/"
                + ContractIds.TERMINAL_NO + "/transactions/" + ContractIds.TRANSACTION_NO + "/delivery-status";
        PactDslRequestWithPath post = interaction(builder, reporter, ProviderStates.TRANSACTION_EXISTS,
                "a delivery status of transaction 1 from " + reporter, path)
                .query("terminal_id=" + ContractIds.TERMINAL_ID);
        return JsonRequests.body(post, request(reporter))
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, acknowledgement(reporter)))
                .toPact(V4Pact.class);
    }

    /** Row 11: {@code reporter} posts a delivery status to terminal T1-S1-1. */
    public static V4Pact toTerminal(PactDslWithProvider builder, String reporter) {
        PactDslRequestWithPath post = interaction(builder, reporter, ProviderStates.TERMINAL_EXISTS,
                "a delivery status for terminal T1-S1-1 from " + reporter,
                "/api/v1/terminals/" + ContractIds.TERMINAL_ID + "/delivery-status");
        return JsonRequests.body(post, request(reporter))
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, acknowledgement(reporter)))
                .toPact(V4Pact.class);
    }

    /** Posts row 10 through client-core and checks the echoed status. */
    public static void reportToCartAndAssert(MockServer server, String reporter) {
        RequestOptions options = options(reporter)
                .pathParams(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO, ContractIds.TRANSACTION_NO)
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .build();
        postAndAssert(server, "cart", CART_PATH, reporter, options);
    }

    /** Posts row 11 through client-core and checks the echoed status. */
    public static void reportToTerminalAndAssert(MockServer server, String reporter) {
        RequestOptions options = options(reporter).pathParams(ContractIds.TERMINAL_ID).build();
        postAndAssert(server, "terminal", TERMINAL_PATH, reporter, options);
    }

    private static PactDslRequestWithPath interaction(
            PactDslWithProvider builder, String reporter, String dataState, String description, String path) {
        PactDslRequestWithPath request = builder.given(dataState)
                .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, reporter))
                .uponReceiving(description)
                .method("POST")
                .path(path)
                .matchHeader(RequestOptions.IDEMPOTENCY_KEY_HEADER, Patterns.UUID, exampleIdempotencyKey(reporter));
        return ExampleCredentials.bearer(request, ExampleCredentials.serviceToken(reporter));
    }

    /**
     * The key the verifier sends: one per reporter, since a provider that honours keys answers 422
     * to a key reused with another body, and all reporters' contracts are verified against one provider.
     */
    private static String exampleIdempotencyKey(String reporter) {
        return UUID.nameUUIDFromBytes(("delivery-status-" + reporter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static PactDslJsonBody request(String reporter) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringMatcher("event_id", Patterns.UUID, EVENT_ID)
                .stringValue("service", reporter)
                .stringValue("status", STATUS)
                .stringType("message", "");
        return body;
    }

    private static PactDslJsonBody acknowledgement(String reporter) {
        PactDslJsonBody data = new PactDslJsonBody();
        data.stringMatcher("event_id", Patterns.UUID, EVENT_ID)
                .stringValue("service", reporter)
                .stringValue("status", STATUS)
                .booleanValue("success", true);
        return data;
    }

    private static RequestOptions.Builder options(String reporter) {
        return RequestOptions.builder()
                .credentials(Credentials.bearer(ExampleCredentials.serviceToken(reporter)))
                .newIdempotencyKey();
    }

    private static void postAndAssert(
            MockServer server, String provider, String path, String reporter, RequestOptions options) {
        try (ServiceClients clients = PactClients.against(server, provider)) {
            ServiceResponse response = clients.client(provider)
                    .postBlocking(path, new DeliveryStatus(EVENT_ID, reporter, STATUS, ""), options);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.data(DeliveryAck.class)).isEqualTo(new DeliveryAck(EVENT_ID, reporter, STATUS, true));
        }
    }
}
