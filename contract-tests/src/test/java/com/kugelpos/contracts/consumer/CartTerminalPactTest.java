package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.ErrorEnvelope;
import com.kugelpos.contracts.consumer.model.Store;
import com.kugelpos.contracts.consumer.model.Terminal;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TerminalBodies;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.error.HttpClientError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cart's calls to terminal: resolving a terminal on an API-key login (row 1, the legacy auth of
 * {@code X-API-KEY} and {@code terminal_id}; a key no terminal has gets 401) and reading its store
 * (row 6, with the terminal token).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "terminal")
class CartTerminalPactTest {

    private static final String SERVICE = "terminal";
    private static final String TERMINAL = "/api/v1/terminals/{terminalId}";
    private static final String STORE = "/api/v1/tenants/{tenantId}/stores/{storeCode}";

    @Pact(consumer = "cart")
    V4Pact terminal(PactDslWithProvider builder) {
        return ExampleCredentials.apiKey(builder.given(ProviderStates.TERMINAL_EXISTS)
                        .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                        .uponReceiving("a request for terminal T1-S1-1 with its API key")
                        .method("GET")
                        .path("/api/v1/terminals/" + ContractIds.TERMINAL_ID)
                        .query("terminal_id=" + ContractIds.TERMINAL_ID))
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, TerminalBodies.terminal()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "terminal")
    void shouldParseTerminalWhenApiKeyIsValid(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE,
                terminal -> terminal.getBlocking(TERMINAL, terminalOptions(ExampleCredentials.API_KEY)));

        Terminal terminal = response.data(Terminal.class);
        assertThat(terminal.terminalId()).isEqualTo(ContractIds.TERMINAL_ID);
        assertThat(terminal.terminalNo()).isEqualTo(1);
        assertThat(terminal.businessDate()).isEqualTo("20250101");
        assertThat(terminal.staff().staffId()).isEqualTo("S01");
    }

    @Pact(consumer = "cart")
    V4Pact unknownApiKey(PactDslWithProvider builder) {
        return builder.given(ProviderStates.API_KEY_UNKNOWN)
                .uponReceiving("a request for terminal T1-S1-1 with an API key no terminal has")
                .method("GET")
                .path("/api/v1/terminals/" + ContractIds.TERMINAL_ID)
                .query("terminal_id=" + ContractIds.TERMINAL_ID)
                .headers("X-API-KEY", ContractIds.UNKNOWN_API_KEY)
                .willRespondWith()
                .status(401)
                .body(Envelopes.error(401, "100004"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownApiKey")
    void shouldFailWith401WhenApiKeyIsUnknown(MockServer server) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class, () -> PactClients.call(server, SERVICE,
                terminal -> terminal.getBlocking(TERMINAL, terminalOptions(ContractIds.UNKNOWN_API_KEY))));

        assertThat(error.statusCode()).isEqualTo(401);
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(ErrorEnvelope.read(error.responseText()).userError().code()).isEqualTo("100004");
    }

    @Pact(consumer = "cart")
    V4Pact store(PactDslWithProvider builder) {
        return ExampleCredentials.bearer(builder.given(ProviderStates.STORE_EXISTS)
                                .given(ProviderStates.HOLDS_TERMINAL_TOKEN)
                                .uponReceiving("a request for store S1 of tenant T1")
                                .method("GET")
                                .path("/api/v1/tenants/T1/stores/S1"),
                        ExampleCredentials.terminalToken())
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, TerminalBodies.store()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "store")
    void shouldParseStoreWhenStoreExists(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE, terminal -> terminal.getBlocking(STORE,
                RequestOptions.builder()
                        .pathParams(ContractIds.TENANT, ContractIds.STORE)
                        .credentials(Credentials.bearer(ExampleCredentials.terminalToken()))
                        .build()));

        Store store = response.data(Store.class);
        assertThat(store.storeCode()).isEqualTo("S1");
        assertThat(store.businessDate()).isEqualTo("20250101");
        assertThat(store.tags()).containsExactly("reference");
    }

    private static RequestOptions terminalOptions(String apiKey) {
        return RequestOptions.builder()
                .pathParams(ContractIds.TERMINAL_ID)
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .credentials(Credentials.apiKey(apiKey))
                .build();
    }
}
