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
import com.kugelpos.contracts.consumer.model.Transaction;
import com.kugelpos.contracts.consumer.support.CartBodies;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.Patterns;
import com.kugelpos.contracts.consumer.support.TenantCreationContract;
import com.kugelpos.contracts.consumer.support.TerminalAuth;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terminal's calls to cart: the last transaction of the business day at terminal close (row 8,
 * terminal/app/models/repositories/tran_log_web_repository.py: {@code terminal_id} in the query
 * with either credential, then {@code business_date}, {@code open_counter},
 * {@code include_cancelled=true}, {@code limit=1}, {@code page=1},
 * {@code sort=generate_date_time:-1}; another tenant in the path: 400) and the tenant fan-out (row 9).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cart")
class TerminalCartPactTest {

    private static final String SERVICE = "cart";
    private static final String TRANSACTIONS = "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/transactions";
    private static final String CLOSE_QUERY = "terminal_id=" + ContractIds.TERMINAL_ID
            + "&open_counter=1&include_cancelled=true&limit=1&page=1&sort=generate_date_time:-1";

    @Pact(consumer = "terminal")
    V4Pact lastTransactionByApiKey(PactDslWithProvider builder) {
        return lastTransaction(ExampleCredentials.apiKey(request(builder, ProviderStates.HOLDS_TERMINAL_API_KEY,
                "a request for the last transaction of the business day at terminal close with the terminal's API key",
                ContractIds.TENANT)));
    }

    @Test
    @PactTestFor(pactMethod = "lastTransactionByApiKey")
    void shouldParseLastTransactionWhenApiKeyIsValid(MockServer server) {
        assertLastTransaction(server, Credentials.apiKey(ExampleCredentials.API_KEY));
    }

    @Pact(consumer = "terminal")
    V4Pact lastTransactionByTerminalToken(PactDslWithProvider builder) {
        return lastTransaction(ExampleCredentials.bearer(request(builder, ProviderStates.HOLDS_TERMINAL_TOKEN,
                "a request for the last transaction of the business day at terminal close with a terminal token",
                ContractIds.TENANT), ExampleCredentials.terminalToken()));
    }

    @Test
    @PactTestFor(pactMethod = "lastTransactionByTerminalToken")
    void shouldParseLastTransactionWhenTerminalTokenIsValid(MockServer server) {
        assertLastTransaction(server, Credentials.bearer(ExampleCredentials.terminalToken()));
    }

    @Pact(consumer = "terminal")
    V4Pact transactionsOfOtherTenant(PactDslWithProvider builder) {
        return ExampleCredentials.bearer(request(builder, ProviderStates.HOLDS_TERMINAL_TOKEN,
                        "a request for the transactions of another tenant than the token's", ContractIds.FOREIGN_TENANT),
                        ExampleCredentials.terminalToken())
                .willRespondWith()
                .status(400)
                .body(Envelopes.error(UpstreamErrorCodes.GENERAL_ERROR))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "transactionsOfOtherTenant")
    void shouldFailWith400WhenPathTenantDiffersFromToken(MockServer server) {
        Failures.assertFails(server, SERVICE, cart -> cart.getBlocking(TRANSACTIONS,
                        closeOptions(ContractIds.FOREIGN_TENANT, Credentials.bearer(ExampleCredentials.terminalToken()))),
                400, UpstreamErrorCodes.GENERAL_ERROR);
    }

    @Pact(consumer = "terminal")
    V4Pact createTenant(PactDslWithProvider builder) {
        return TenantCreationContract.pact(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenant")
    void shouldCreateTenantWhenTenantIsNew(MockServer server) {
        TenantCreationContract.createTenantAndAssert(server, SERVICE);
    }

    @Pact(consumer = "terminal")
    V4Pact createTenantWithoutId(PactDslWithProvider builder) {
        return TenantCreationContract.invalid(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenantWithoutId")
    void shouldFailWith422WhenBodyHasNoTenantId(MockServer server) {
        TenantCreationContract.createInvalidTenantAndAssert(server, SERVICE);
    }

    private static PactDslRequestWithPath request(
            PactDslWithProvider builder, String credentialState, String description, String tenant) {
        return builder.given(ProviderStates.TRANSACTIONS_EXIST)
                .given(credentialState)
                .uponReceiving(description)
                .method("GET")
                .path("/api/v1/tenants/" + tenant + "/stores/S1/terminals/1/transactions")
                .query(CLOSE_QUERY)
                .matchQuery("business_date", Patterns.BUSINESS_DATE, ContractIds.BUSINESS_DATE);
    }

    private static V4Pact lastTransaction(PactDslRequestWithPath request) {
        return request.willRespondWith()
                .status(200)
                .body(Envelopes.page(CartBodies.transaction()))
                .toPact(V4Pact.class);
    }

    private static void assertLastTransaction(MockServer server, Credentials credentials) {
        ServiceResponse response = PactClients.call(server, SERVICE,
                cart -> cart.getBlocking(TRANSACTIONS, closeOptions(ContractIds.TENANT, credentials)));

        assertThat(response.data(Transaction[].class)).containsExactly(new Transaction(1L));
        assertThat(response.json().path("metadata").path("total").asInt()).isEqualTo(1);
    }

    private static RequestOptions closeOptions(String tenant, Credentials credentials) {
        return RequestOptions.builder()
                .pathParams(tenant, ContractIds.STORE, ContractIds.TERMINAL_NO)
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .query("business_date", ContractIds.BUSINESS_DATE)
                .query("open_counter", ContractIds.OPEN_COUNTER)
                .query("include_cancelled", true)
                .query("limit", 1)
                .query("page", 1)
                .query("sort", "generate_date_time:-1")
                .credentials(credentials)
                .build();
    }
}
