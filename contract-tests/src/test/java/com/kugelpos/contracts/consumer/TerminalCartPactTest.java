package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
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
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.Patterns;
import com.kugelpos.contracts.consumer.support.TenantCreationContract;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terminal's calls to cart: the last transaction of the business day at terminal close (row 8,
 * API key) and the tenant fan-out (row 9).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cart")
class TerminalCartPactTest {

    private static final String SERVICE = "cart";

    @Pact(consumer = "terminal")
    V4Pact lastTransaction(PactDslWithProvider builder) {
        return ExampleCredentials.apiKey(builder.given(ProviderStates.TRANSACTIONS_EXIST)
                        .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                        .uponReceiving("a request for the last transaction of the business day at terminal close")
                        .method("GET")
                        .path("/api/v1/tenants/T1/stores/S1/terminals/1/transactions")
                        .query("terminal_id=" + ContractIds.TERMINAL_ID
                                + "&open_counter=1&include_cancelled=true&limit=1&page=1&sort=generate_date_time:-1")
                        .matchQuery("business_date", Patterns.BUSINESS_DATE, ContractIds.BUSINESS_DATE))
                .willRespondWith()
                .status(200)
                .body(Envelopes.list(CartBodies.transaction()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "lastTransaction")
    void shouldParseTransactionsWhenTerminalHasSales(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE, cart -> cart.getBlocking(
                "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/transactions",
                RequestOptions.builder()
                        .pathParams(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO)
                        .query("terminal_id", ContractIds.TERMINAL_ID)
                        .query("business_date", ContractIds.BUSINESS_DATE)
                        .query("open_counter", ContractIds.OPEN_COUNTER)
                        .query("include_cancelled", true)
                        .query("limit", 1)
                        .query("page", 1)
                        .query("sort", "generate_date_time:-1")
                        .credentials(Credentials.apiKey(ExampleCredentials.API_KEY))
                        .build()));

        Transaction[] transactions = response.data(Transaction[].class);
        assertThat(transactions).hasSize(1);
        assertThat(transactions[0].transactionNo()).isEqualTo(1L);
        assertThat(transactions[0].lineItems()).hasSize(1);
        assertThat(response.json().path("metadata").path("total").asInt()).isEqualTo(1);
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
}
