package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.Category;
import com.kugelpos.contracts.consumer.model.ItemSummary;
import com.kugelpos.contracts.consumer.model.Payment;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.MasterDataBodies;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report's calls to master-data (row 12), each with report's service token and
 * {@code X-Tenant-ID}, as report/app/models/repositories/category_master_web_repository.py and
 * item_master_web_repository.py send them (no query), and payment_report_maker.py
 * ({@code limit=100&page=1}, also {@code X-Store-Code}). Report checks {@code success} and reads
 * {@code data}, never {@code metadata}. A token the services did not sign gets 401.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "master-data")
class ReportMasterDataPactTest {

    private static final String SERVICE = "master-data";
    private static final String CATEGORIES = "/api/v1/tenants/{tenantId}/categories";
    private static final String ITEMS = "/api/v1/tenants/{tenantId}/items";
    private static final String PAYMENTS = "/api/v1/tenants/{tenantId}/payments";
    private static final String TENANT_HEADER = "X-Tenant-ID";
    private static final String STORE_HEADER = "X-Store-Code";
    /** A JWT-shaped token whose signature no service accepts. */
    private static final String FORGED_TOKEN = ExampleCredentials.serviceToken("report");

    @Pact(consumer = "report")
    V4Pact categories(PactDslWithProvider builder) {
        return list(serviceRequest(builder, "a request for the categories of tenant T1", "/api/v1/tenants/T1/categories"),
                MasterDataBodies.category());
    }

    @Test
    @PactTestFor(pactMethod = "categories")
    void shouldParseCategoriesWhenTenantHasThem(MockServer server) {
        ServiceResponse response = get(server, CATEGORIES, options());

        assertThat(response.data(Category[].class)).containsExactly(new Category("C01", "Food"));
    }

    @Pact(consumer = "report")
    V4Pact items(PactDslWithProvider builder) {
        return list(serviceRequest(builder, "a request for the items of tenant T1", "/api/v1/tenants/T1/items"),
                MasterDataBodies.itemSummary());
    }

    @Test
    @PactTestFor(pactMethod = "items")
    void shouldParseItemsWhenTenantHasThem(MockServer server) {
        ServiceResponse response = get(server, ITEMS, options());

        assertThat(response.data(ItemSummary[].class)).containsExactly(new ItemSummary("ITEM1", "C01"));
    }

    @Pact(consumer = "report")
    V4Pact payments(PactDslWithProvider builder) {
        return list(serviceRequest(builder, "a request for the first 100 payment methods of tenant T1",
                        "/api/v1/tenants/T1/payments")
                        .headers(STORE_HEADER, ContractIds.STORE)
                        .query("limit=100&page=1"),
                MasterDataBodies.paymentSummary());
    }

    @Test
    @PactTestFor(pactMethod = "payments")
    void shouldParsePaymentsWhenTenantHasThem(MockServer server) {
        ServiceResponse response = get(server, PAYMENTS, options()
                .header(STORE_HEADER, ContractIds.STORE)
                .query("limit", 100)
                .query("page", 1));

        assertThat(response.data(Payment[].class)).extracting(Payment::paymentCode).containsExactly("01");
    }

    @Pact(consumer = "report")
    V4Pact forgedToken(PactDslWithProvider builder) {
        return builder.given(ProviderStates.MASTER_DATA_LISTS_EXIST)
                .uponReceiving("a request for the categories of tenant T1 with a token the services did not sign")
                .method("GET")
                .path("/api/v1/tenants/T1/categories")
                .headers("Authorization", "Bearer " + FORGED_TOKEN, TENANT_HEADER, ContractIds.TENANT)
                .willRespondWith()
                .status(401)
                .body(Envelopes.error(UpstreamErrorCodes.AUTHENTICATION_ERROR))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "forgedToken")
    void shouldFailWith401WhenTokenIsNotSigned(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(CATEGORIES, options().build()),
                401, UpstreamErrorCodes.AUTHENTICATION_ERROR);
    }

    private static V4Pact list(PactDslRequestWithPath request, DslPart item) {
        return request.willRespondWith()
                .status(200)
                .body(Envelopes.list(item))
                .toPact(V4Pact.class);
    }

    private static PactDslRequestWithPath serviceRequest(PactDslWithProvider builder, String description, String path) {
        return ExampleCredentials.bearer(builder.given(ProviderStates.MASTER_DATA_LISTS_EXIST)
                        .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, "report"))
                        .uponReceiving(description)
                        .method("GET")
                        .path(path)
                        .headers(TENANT_HEADER, ContractIds.TENANT),
                ExampleCredentials.serviceToken("report"));
    }

    private static RequestOptions.Builder options() {
        return RequestOptions.builder()
                .pathParams(ContractIds.TENANT)
                .header(TENANT_HEADER, ContractIds.TENANT)
                .credentials(Credentials.bearer(ExampleCredentials.serviceToken("report")));
    }

    private static ServiceResponse get(MockServer server, String path, RequestOptions.Builder options) {
        return PactClients.call(server, SERVICE, masterData -> masterData.getBlocking(path, options.build()));
    }
}
