package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.ErrorEnvelope;
import com.kugelpos.contracts.consumer.model.ItemDetails;
import com.kugelpos.contracts.consumer.model.Payment;
import com.kugelpos.contracts.consumer.model.Promotion;
import com.kugelpos.contracts.consumer.model.SettingValue;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.MasterDataBodies;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.Patterns;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.error.HttpClientError;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cart's calls to master-data (rows 2 to 5): item details (found, unknown, overloaded), a payment
 * method (found, and another tenant's: 400), active promotions and a setting's value (found,
 * absent). Item and setting calls use the legacy terminal auth, payment and promotion calls the
 * terminal token.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "master-data")
class CartMasterDataPactTest {

    private static final String SERVICE = "master-data";
    private static final String ITEM = "/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details";
    private static final String PAYMENT = "/api/v1/tenants/{tenantId}/payments/{paymentCode}";
    private static final String PROMOTIONS = "/api/v1/tenants/{tenantId}/promotions/active";
    private static final String SETTING = "/api/v1/tenants/{tenantId}/settings/{name}/value";

    @Pact(consumer = "cart")
    V4Pact itemDetails(PactDslWithProvider builder) {
        return itemRequest(builder, ProviderStates.ITEM_EXISTS, "a request for the details of item ITEM1", ContractIds.ITEM)
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, MasterDataBodies.itemDetails()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "itemDetails")
    void shouldParseItemDetailsWhenItemExists(MockServer server) {
        ServiceResponse response = call(server, masterData -> masterData.getBlocking(ITEM, itemOptions(ContractIds.ITEM)));

        ItemDetails item = response.data(ItemDetails.class);
        assertThat(item.itemCode()).isEqualTo("ITEM1");
        assertThat(item.unitPrice()).isEqualTo(150.0);
        assertThat(item.itemDetails()).containsExactly("salmon");
        assertThat(item.deleted()).isFalse();
    }

    @Pact(consumer = "cart")
    V4Pact unknownItem(PactDslWithProvider builder) {
        return itemRequest(builder, ProviderStates.ITEM_UNKNOWN, "a request for the details of an unknown item",
                        ContractIds.UNKNOWN_ITEM)
                .willRespondWith()
                .status(404)
                .body(Envelopes.error(404, "100001"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownItem")
    void shouldFailWith404WhenItemIsUnknown(MockServer server) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class,
                () -> call(server, masterData -> masterData.getBlocking(ITEM, itemOptions(ContractIds.UNKNOWN_ITEM))));

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(ErrorEnvelope.read(error.responseText()).userError().code()).isEqualTo("100001");
    }

    @Pact(consumer = "cart")
    V4Pact overloaded(PactDslWithProvider builder) {
        return itemRequest(builder, ProviderStates.MASTER_DATA_OVERLOADED,
                        "a request for item details while master-data is overloaded", ContractIds.ITEM)
                .willRespondWith()
                .status(503)
                .matchHeader("Retry-After", Patterns.DELAY_SECONDS, "5")
                .body(Envelopes.error(503, "100900"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "overloaded")
    void shouldFailWith503WhenMasterDataIsOverloaded(MockServer server) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class, () -> PactClients.callOnce(server, SERVICE,
                masterData -> masterData.getBlocking(ITEM, itemOptions(ContractIds.ITEM))));

        assertThat(error.statusCode()).isEqualTo(503);
        assertThat(error.isServerError()).isTrue();
        assertThat(ErrorEnvelope.read(error.responseText()).code()).isEqualTo(503);
    }

    @Pact(consumer = "cart")
    V4Pact payment(PactDslWithProvider builder) {
        return paymentRequest(builder, ProviderStates.PAYMENT_EXISTS, "a request for payment method 01", ContractIds.TENANT)
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, MasterDataBodies.payment()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "payment")
    void shouldParsePaymentWhenPaymentMethodExists(MockServer server) {
        ServiceResponse response = call(server,
                masterData -> masterData.getBlocking(PAYMENT, paymentOptions(ContractIds.TENANT)));

        Payment payment = response.data(Payment.class);
        assertThat(payment.paymentCode()).isEqualTo("01");
        assertThat(payment.canChange()).isTrue();
        assertThat(payment.active()).isTrue();
    }

    @Pact(consumer = "cart")
    V4Pact paymentOfOtherTenant(PactDslWithProvider builder) {
        return paymentRequest(builder, ProviderStates.PAYMENT_EXISTS,
                        "a request for a payment method of another tenant than the token's", ContractIds.FOREIGN_TENANT)
                .willRespondWith()
                .status(400)
                .body(Envelopes.error(400, "100003"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "paymentOfOtherTenant")
    void shouldFailWith400WhenPathTenantDiffersFromToken(MockServer server) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class, () -> call(server,
                masterData -> masterData.getBlocking(PAYMENT, paymentOptions(ContractIds.FOREIGN_TENANT))));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.isClientError()).isTrue();
        assertThat(ErrorEnvelope.read(error.responseText()).userError().code()).isEqualTo("100003");
    }

    @Pact(consumer = "cart")
    V4Pact activePromotions(PactDslWithProvider builder) {
        PactDslRequestWithPath request = builder.given(ProviderStates.PROMOTION_ACTIVE)
                .given(ProviderStates.HOLDS_TERMINAL_TOKEN)
                .uponReceiving("a request for the active promotions of store S1")
                .method("GET")
                .path("/api/v1/tenants/T1/promotions/active")
                .query("storeCode=S1");
        return ExampleCredentials.bearer(request, ExampleCredentials.terminalToken())
                .willRespondWith()
                .status(200)
                .body(Envelopes.list(MasterDataBodies.promotion()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "activePromotions")
    void shouldParsePromotionsWhenStoreHasActivePromotion(MockServer server) {
        ServiceResponse response = call(server, masterData -> masterData.getBlocking(PROMOTIONS, RequestOptions.builder()
                .pathParams(ContractIds.TENANT)
                .query("storeCode", ContractIds.STORE)
                .credentials(Credentials.bearer(ExampleCredentials.terminalToken()))
                .build()));

        List<Promotion> promotions = List.of(response.data(Promotion[].class));
        assertThat(promotions).hasSize(1);
        assertThat(promotions.get(0).detail().discountRate()).isEqualTo(10.0);
        assertThat(promotions.get(0).detail().targetStoreCodes()).containsExactly("S1");
    }

    @Pact(consumer = "cart")
    V4Pact settingValue(PactDslWithProvider builder) {
        return settingRequest(builder, ProviderStates.SETTING_EXISTS,
                        "a request for the value of setting receipt_header", ContractIds.SETTING)
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, MasterDataBodies.settingValue()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "settingValue")
    void shouldParseSettingValueWhenSettingExists(MockServer server) {
        ServiceResponse response = call(server,
                masterData -> masterData.getBlocking(SETTING, settingOptions(ContractIds.SETTING)));

        assertThat(response.data(SettingValue.class)).isEqualTo(new SettingValue("Kugelpos - register 1"));
    }

    @Pact(consumer = "cart")
    V4Pact unknownSetting(PactDslWithProvider builder) {
        return settingRequest(builder, ProviderStates.SETTING_UNKNOWN,
                        "a request for the value of an absent setting", ContractIds.UNKNOWN_SETTING)
                .willRespondWith()
                .status(404)
                .body(Envelopes.error(404, "100001"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownSetting")
    void shouldFailWith404WhenSettingIsAbsent(MockServer server) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class, () -> call(server,
                masterData -> masterData.getBlocking(SETTING, settingOptions(ContractIds.UNKNOWN_SETTING))));

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(ErrorEnvelope.read(error.responseText()).userError().code()).isEqualTo("100001");
    }

    private static PactDslRequestWithPath itemRequest(
            PactDslWithProvider builder, String state, String description, String itemCode) {
        return ExampleCredentials.apiKey(builder.given(state)
                .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                .uponReceiving(description)
                .method("GET")
                .path("/api/v1/tenants/T1/stores/S1/items/" + itemCode + "/details")
                .query("terminal_id=" + ContractIds.TERMINAL_ID));
    }

    private static RequestOptions itemOptions(String itemCode) {
        return RequestOptions.builder()
                .pathParams(ContractIds.TENANT, ContractIds.STORE, itemCode)
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .credentials(Credentials.apiKey(ExampleCredentials.API_KEY))
                .build();
    }

    private static PactDslRequestWithPath paymentRequest(
            PactDslWithProvider builder, String state, String description, String tenant) {
        return ExampleCredentials.bearer(builder.given(state)
                        .given(ProviderStates.HOLDS_TERMINAL_TOKEN)
                        .uponReceiving(description)
                        .method("GET")
                        .path("/api/v1/tenants/" + tenant + "/payments/" + ContractIds.PAYMENT),
                ExampleCredentials.terminalToken());
    }

    private static RequestOptions paymentOptions(String tenant) {
        return RequestOptions.builder()
                .pathParams(tenant, ContractIds.PAYMENT)
                .credentials(Credentials.bearer(ExampleCredentials.terminalToken()))
                .build();
    }

    private static PactDslRequestWithPath settingRequest(
            PactDslWithProvider builder, String state, String description, String name) {
        return ExampleCredentials.apiKey(builder.given(state)
                .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                .uponReceiving(description)
                .method("GET")
                .path("/api/v1/tenants/T1/settings/" + name + "/value")
                .query("store_code=S1&terminal_no=1&terminal_id=" + ContractIds.TERMINAL_ID));
    }

    private static RequestOptions settingOptions(String name) {
        return RequestOptions.builder()
                .pathParams(ContractIds.TENANT, name)
                .query("store_code", ContractIds.STORE)
                .query("terminal_no", ContractIds.TERMINAL_NO)
                .query("terminal_id", ContractIds.TERMINAL_ID)
                .credentials(Credentials.apiKey(ExampleCredentials.API_KEY))
                .build();
    }

    private static ServiceResponse call(MockServer server, Function<ServiceClient, ServiceResponse> call) {
        return PactClients.call(server, SERVICE, call);
    }
}
