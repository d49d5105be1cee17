package com.kugelpos.contracts.consumer.support;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.DeliveryStatus;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Rows 10 and 11: journal, report and stock tell cart (per transaction) and journal and report tell
 * terminal that they received an event. As upstream's callers send it (journal/app/api/v1/tran.py
 * {@code _notify_pubsub_status_tranlog_async} and {@code _notify_pubsub_status_terminallog_async},
 * report's and stock's twins): a POST with the reporter's service token, query
 * {@code terminal_id=T1-S1-1} on both paths, and the snake_case body
 * {@code {"event_id", "service", "status", "message"}}. The callers read nothing of the answer but
 * its success; client-core adds an {@code Idempotency-Key}, which upstream's providers ignore. A
 * body without {@code event_id} gets upstream's 422. The five consumer-provider pairs share these
 * interactions and calls.
 */
public final class DeliveryStatusContract {

    /** Row 10's path on cart. */
    public static final String CART_PATH =
            "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/transactions/{transactionNo}/delivery-status";
    /** Row 11's path on terminal. */
    public static final String TERMINAL_PATH = "/api/v1/terminals/{terminalId}/delivery-status";

    private static final String STATUS = "received";
    private static final String CART_REQUEST_PATH = "/api/v1/tenants/" + ContractIds.TENANT + "/stores/"
            + ContractIds.STORE + "/terminals/" + ContractIds.TERMINAL_NO + "/transactions/"
            + ContractIds.TRANSACTION_NO + "/delivery-status";
    private static final String TERMINAL_REQUEST_PATH = "/api/v1/terminals/" + ContractIds.TERMINAL_ID + "/delivery-status";

    private DeliveryStatusContract() {}

    /** Row 10: {@code reporter} posts the delivery status of transaction 1 of T1-S1-1 to cart. */
    public static V4Pact toCart(PactDslWithProvider builder, String reporter) {
        return accepted(post(builder, reporter, ProviderStates.TRANSACTION_PUBLISHED,
                "a delivery status of transaction 1 from " + reporter, CART_REQUEST_PATH, "valid", validBody(reporter)));
    }

    /** Row 10 with a body that lacks {@code event_id}: 422. */
    public static V4Pact invalidToCart(PactDslWithProvider builder, String reporter) {
        return invalid(post(builder, reporter, ProviderStates.TRANSACTION_PUBLISHED,
                "a delivery status of transaction 1 from " + reporter + " without an event id", CART_REQUEST_PATH,
                "invalid", invalidBody(reporter)));
    }

    /** Row 11: {@code reporter} posts a delivery status to terminal T1-S1-1. */
    public static V4Pact toTerminal(PactDslWithProvider builder, String reporter) {
        return accepted(post(builder, reporter, ProviderStates.TERMINAL_EVENT_PUBLISHED,
                "a delivery status for terminal T1-S1-1 from " + reporter, TERMINAL_REQUEST_PATH, "valid",
                validBody(reporter)));
    }

    /** Row 11 with a body that lacks {@code event_id}: 422. */
    public static V4Pact invalidToTerminal(PactDslWithProvider builder, String reporter) {
        return invalid(post(builder, reporter, ProviderStates.TERMINAL_EVENT_PUBLISHED,
                "a delivery status for terminal T1-S1-1 from " + reporter + " without an event id",
                TERMINAL_REQUEST_PATH, "invalid", invalidBody(reporter)));
    }

    /** Posts row 10 through client-core and checks it was accepted. */
    public static void reportToCartAndAssert(MockServer server, String reporter) {
        assertAccepted(server, "cart", CART_PATH, cartOptions(reporter), new DeliveryStatus(
                ContractIds.EVENT_ID, reporter, STATUS, ""));
    }

    /** Posts row 10 without an event id through client-core and checks the 422. */
    public static void reportInvalidToCartAndAssert(MockServer server, String reporter) {
        Failures.assertFails(server, "cart", cart -> cart.postBlocking(CART_PATH, invalidRequest(reporter),
                cartOptions(reporter)), 422, UpstreamErrorCodes.VALIDATION_ERROR);
    }

    /** Posts row 11 through client-core and checks it was accepted. */
    public static void reportToTerminalAndAssert(MockServer server, String reporter) {
        assertAccepted(server, "terminal", TERMINAL_PATH, terminalOptions(reporter), new DeliveryStatus(
                ContractIds.EVENT_ID, reporter, STATUS, ""));
    }

    /** Posts row 11 without an event id through client-core and checks the 422. */
    public static void reportInvalidToTerminalAndAssert(MockServer server, String reporter) {
        Failures.assertFails(server, "terminal", terminal -> terminal.postBlocking(TERMINAL_PATH,
                invalidRequest(reporter), terminalOptions(reporter)), 422, UpstreamErrorCodes.VALIDATION_ERROR);
    }

    private static PactDslRequestWithPath post(PactDslWithProvider builder, String reporter, String dataState,
            String description, String path, String variant, PactDslJsonBody body) {
        PactDslRequestWithPath request = builder.given(dataState)
                .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, reporter))
                .uponReceiving(description)
                .method("POST")
                .path(path)
                .query("terminal_id=" + ContractIds.TERMINAL_ID)
                .matchHeader(RequestOptions.IDEMPOTENCY_KEY_HEADER, Patterns.UUID, exampleIdempotencyKey(reporter, variant));
        return JsonRequests.body(ExampleCredentials.bearer(request, ExampleCredentials.serviceToken(reporter)), body);
    }

    private static V4Pact accepted(PactDslRequestWithPath request) {
        return request.willRespondWith().status(200).body(Envelopes.accepted()).toPact(V4Pact.class);
    }

    private static V4Pact invalid(PactDslRequestWithPath request) {
        return request.willRespondWith().status(422).body(Envelopes.error(UpstreamErrorCodes.VALIDATION_ERROR))
                .toPact(V4Pact.class);
    }

    /**
     * The key the verifier sends: one per reporter and body, since a provider that honours keys
     * answers 422 to a key reused with another body, and all contracts are verified against one provider.
     */
    private static String exampleIdempotencyKey(String reporter, String variant) {
        return UUID.nameUUIDFromBytes(("delivery-status-" + reporter + "-" + variant).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static PactDslJsonBody validBody(String reporter) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringMatcher("event_id", Patterns.UUID, ContractIds.EVENT_ID)
                .stringValue("service", reporter)
                .stringValue("status", STATUS)
                .stringType("message", "");
        return body;
    }

    private static PactDslJsonBody invalidBody(String reporter) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringValue("service", reporter)
                .stringValue("status", STATUS);
        return body;
    }

    private static Map<String, String> invalidRequest(String reporter) {
        return Map.of("service", reporter, "status", STATUS);
    }

    private static RequestOptions cartOptions(String reporter) {
        return options(reporter)
                .pathParams(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO, ContractIds.TRANSACTION_NO)
                .build();
    }

    private static RequestOptions terminalOptions(String reporter) {
        return options(reporter).pathParams(ContractIds.TERMINAL_ID).build();
    }

    private static RequestOptions.Builder options(String reporter) {
        return RequestOptions.builder()
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .credentials(Credentials.bearer(ExampleCredentials.serviceToken(reporter)))
                .newIdempotencyKey();
    }

    private static void assertAccepted(MockServer server, String provider, String path, RequestOptions options,
            DeliveryStatus status) {
        ServiceResponse response = PactClients.call(server, provider, client -> client.postBlocking(path, status, options));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("success").asBoolean()).isTrue();
    }
}
