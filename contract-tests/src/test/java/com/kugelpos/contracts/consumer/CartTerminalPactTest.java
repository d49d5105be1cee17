package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.Store;
import com.kugelpos.contracts.consumer.model.Terminal;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TerminalAuth;
import com.kugelpos.contracts.consumer.support.TerminalBodies;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cart's calls to terminal. Row 1, resolving a terminal: on an API-key login with only
 * {@code X-API-KEY} (kugel_common/security.py {@code get_terminal_info_from_terminal_service}: no
 * {@code terminal_id} query, the terminal is the path's; a key no terminal has gets 401), and for a
 * delivery-status notification with cart's service token (cart/app/api/v1/tran.py
 * {@code get_tran_service_for_pubsub_notification}, which answers its caller 404 when terminal does).
 * Row 6, the store, through commons' {@code StoreInfoWebRepository} with the terminal token or the
 * legacy auth (404 for a store terminal does not know).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "terminal")
class CartTerminalPactTest {

    private static final String SERVICE = "terminal";
    private static final String TERMINAL = "/api/v1/terminals/{terminalId}";
    private static final String STORE = "/api/v1/tenants/{tenantId}/stores/{storeCode}";
    /** Cart names itself {@code cart-service} in the service token it resolves terminals with (tran.py). */
    private static final String CART_SERVICE_NAME = "cart-service";

    @Pact(consumer = "cart")
    V4Pact terminalByApiKey(PactDslWithProvider builder) {
        return ExampleCredentials.apiKey(builder.given(ProviderStates.TERMINAL_EXISTS)
                        .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                        .uponReceiving("a request for terminal T1-S1-1 with its API key")
                        .method("GET")
                        .path("/api/v1/terminals/" + ContractIds.TERMINAL_ID))
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(TerminalBodies.terminal()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "terminalByApiKey")
    void shouldParseTerminalWhenApiKeyIsValid(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE, terminal -> terminal.getBlocking(TERMINAL,
                apiKeyOptions(ContractIds.TERMINAL_ID, ExampleCredentials.API_KEY)));

        Terminal terminal = response.data(Terminal.class);
        assertThat(terminal.terminalId()).isEqualTo(ContractIds.TERMINAL_ID);
        assertThat(terminal.tenantId()).isEqualTo(ContractIds.TENANT);
        assertThat(terminal.terminalNo()).isEqualTo(1);
        assertThat(terminal.businessDate()).isEqualTo("20250101");
    }

    @Pact(consumer = "cart")
    V4Pact unknownApiKey(PactDslWithProvider builder) {
        return builder.given(ProviderStates.API_KEY_UNKNOWN)
                .uponReceiving("a request for terminal T1-S1-1 with an API key no terminal has")
                .method("GET")
                .path("/api/v1/terminals/" + ContractIds.TERMINAL_ID)
                .headers("X-API-KEY", ContractIds.UNKNOWN_API_KEY)
                .willRespondWith()
                .status(401)
                .body(Envelopes.error(UpstreamErrorCodes.AUTHENTICATION_ERROR))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownApiKey")
    void shouldFailWith401WhenApiKeyIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE, terminal -> terminal.getBlocking(TERMINAL,
                        apiKeyOptions(ContractIds.TERMINAL_ID, ContractIds.UNKNOWN_API_KEY)),
                401, UpstreamErrorCodes.AUTHENTICATION_ERROR);
    }

    @Pact(consumer = "cart")
    V4Pact terminalByServiceToken(PactDslWithProvider builder) {
        return serviceTokenRequest(builder, ProviderStates.TERMINAL_EXISTS,
                        "a request for terminal T1-S1-1 with cart's service token", ContractIds.TERMINAL_ID)
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(TerminalBodies.terminal()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "terminalByServiceToken")
    void shouldParseTerminalWhenServiceTokenIsValid(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE,
                terminal -> terminal.getBlocking(TERMINAL, serviceTokenOptions(ContractIds.TERMINAL_ID)));

        assertThat(response.data(Terminal.class).storeCode()).isEqualTo(ContractIds.STORE);
    }

    @Pact(consumer = "cart")
    V4Pact unknownTerminal(PactDslWithProvider builder) {
        return serviceTokenRequest(builder, ProviderStates.TERMINAL_UNKNOWN,
                        "a request for an unknown terminal with cart's service token", ContractIds.UNKNOWN_TERMINAL_ID)
                .willRespondWith()
                .status(404)
                .body(Envelopes.error(UpstreamErrorCodes.RESOURCE_NOT_FOUND))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownTerminal")
    void shouldFailWith404WhenTerminalIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE,
                terminal -> terminal.getBlocking(TERMINAL, serviceTokenOptions(ContractIds.UNKNOWN_TERMINAL_ID)),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Pact(consumer = "cart")
    V4Pact storeByTerminalToken(PactDslWithProvider builder) {
        return store(builder, TerminalAuth.TERMINAL_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "storeByTerminalToken")
    void shouldParseStoreWhenTerminalTokenIsValid(MockServer server) {
        assertStore(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "cart")
    V4Pact storeByApiKey(PactDslWithProvider builder) {
        return store(builder, TerminalAuth.LEGACY);
    }

    @Test
    @PactTestFor(pactMethod = "storeByApiKey")
    void shouldParseStoreWhenApiKeyIsValid(MockServer server) {
        assertStore(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "cart")
    V4Pact unknownStore(PactDslWithProvider builder) {
        return TerminalAuth.TERMINAL_TOKEN.request(builder, ProviderStates.STORE_UNKNOWN,
                        "a request for store S9 of tenant T1, which it does not have,", "GET",
                        "/api/v1/tenants/T1/stores/" + ContractIds.UNKNOWN_STORE, "")
                .willRespondWith()
                .status(404)
                .body(Envelopes.error(UpstreamErrorCodes.STORE_NOT_FOUND))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownStore")
    void shouldFailWith404WhenStoreIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE, terminal -> terminal.getBlocking(STORE,
                        TerminalAuth.TERMINAL_TOKEN.options(ContractIds.TENANT, ContractIds.UNKNOWN_STORE).build()),
                404, UpstreamErrorCodes.STORE_NOT_FOUND);
    }

    private static V4Pact store(PactDslWithProvider builder, TerminalAuth auth) {
        return auth.request(builder, ProviderStates.STORE_EXISTS, "a request for store S1 of tenant T1", "GET",
                        "/api/v1/tenants/T1/stores/S1", "")
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(TerminalBodies.store()))
                .toPact(V4Pact.class);
    }

    private static void assertStore(MockServer server, TerminalAuth auth) {
        ServiceResponse response = PactClients.call(server, SERVICE,
                terminal -> terminal.getBlocking(STORE, auth.options(ContractIds.TENANT, ContractIds.STORE).build()));

        assertThat(response.data(Store.class)).isEqualTo(new Store("S1", "Store 1"));
    }

    private static PactDslRequestWithPath serviceTokenRequest(
            PactDslWithProvider builder, String state, String description, String terminalId) {
        return ExampleCredentials.bearer(builder.given(state)
                        .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, CART_SERVICE_NAME))
                        .uponReceiving(description)
                        .method("GET")
                        .path("/api/v1/terminals/" + terminalId),
                ExampleCredentials.serviceToken(CART_SERVICE_NAME));
    }

    private static RequestOptions apiKeyOptions(String terminalId, String apiKey) {
        return RequestOptions.builder().pathParams(terminalId).credentials(Credentials.apiKey(apiKey)).build();
    }

    private static RequestOptions serviceTokenOptions(String terminalId) {
        return RequestOptions.builder()
                .pathParams(terminalId)
                .credentials(Credentials.bearer(ExampleCredentials.serviceToken(CART_SERVICE_NAME)))
                .build();
    }
}
