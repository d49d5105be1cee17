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
import com.kugelpos.contracts.consumer.model.ItemDetails;
import com.kugelpos.contracts.consumer.model.Payment;
import com.kugelpos.contracts.consumer.model.Promotion;
import com.kugelpos.contracts.consumer.model.SettingValue;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.MasterDataBodies;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TerminalAuth;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cart's calls to master-data (rows 2 to 5), each in both auth variants cart's web repositories use
 * ({@link TerminalAuth}; cart/app/models/repositories/*_master_web_repository.py): item details
 * (unknown item: 404), a payment method (unknown: 404; another tenant's: 400), the active promotions
 * of the store ({@code storeCode}, camelCase, as the promotion repository sends it) and a setting's
 * value ({@code store_code}, {@code terminal_no}; absent: 404, which cart treats as "no setting").
 * A terminal token the services did not sign gets 401.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "master-data")
class CartMasterDataPactTest {

    private static final String SERVICE = "master-data";
    private static final String ITEM = "/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details";
    private static final String PAYMENT = "/api/v1/tenants/{tenantId}/payments/{paymentCode}";
    private static final String PROMOTIONS = "/api/v1/tenants/{tenantId}/promotions/active";
    private static final String SETTING = "/api/v1/tenants/{tenantId}/settings/{name}/value";
    private static final String SETTING_QUERY = "store_code=S1&terminal_no=1";

    @Pact(consumer = "cart")
    V4Pact itemDetailsByApiKey(PactDslWithProvider builder) {
        return ok(item(builder, TerminalAuth.LEGACY, ProviderStates.ITEM_EXISTS, ContractIds.ITEM),
                MasterDataBodies.itemDetails());
    }

    @Test
    @PactTestFor(pactMethod = "itemDetailsByApiKey")
    void shouldParseItemDetailsWhenApiKeyIsValid(MockServer server) {
        assertItem(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "cart")
    V4Pact itemDetailsByTerminalToken(PactDslWithProvider builder) {
        return ok(item(builder, TerminalAuth.TERMINAL_TOKEN, ProviderStates.ITEM_EXISTS, ContractIds.ITEM),
                MasterDataBodies.itemDetails());
    }

    @Test
    @PactTestFor(pactMethod = "itemDetailsByTerminalToken")
    void shouldParseItemDetailsWhenTerminalTokenIsValid(MockServer server) {
        assertItem(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "cart")
    V4Pact unknownItem(PactDslWithProvider builder) {
        return error(item(builder, TerminalAuth.LEGACY, ProviderStates.ITEM_UNKNOWN, ContractIds.UNKNOWN_ITEM),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Test
    @PactTestFor(pactMethod = "unknownItem")
    void shouldFailWith404WhenItemIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(ITEM,
                        TerminalAuth.LEGACY.options(ContractIds.TENANT, ContractIds.STORE, ContractIds.UNKNOWN_ITEM).build()),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Pact(consumer = "cart")
    V4Pact unsignedTerminalToken(PactDslWithProvider builder) {
        return builder.given(ProviderStates.ITEM_EXISTS)
                .uponReceiving("a request for the details of item ITEM1 with a terminal token the services did not sign")
                .method("GET")
                .path("/api/v1/tenants/T1/stores/S1/items/ITEM1/details")
                .headers("Authorization", "Bearer " + ExampleCredentials.terminalToken())
                .willRespondWith()
                .status(401)
                .body(Envelopes.error(UpstreamErrorCodes.AUTHENTICATION_ERROR))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unsignedTerminalToken")
    void shouldFailWith401WhenTerminalTokenIsNotSigned(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(ITEM,
                        TerminalAuth.TERMINAL_TOKEN.options(ContractIds.TENANT, ContractIds.STORE, ContractIds.ITEM).build()),
                401, UpstreamErrorCodes.AUTHENTICATION_ERROR);
    }

    @Pact(consumer = "cart")
    V4Pact paymentByTerminalToken(PactDslWithProvider builder) {
        return ok(payment(builder, TerminalAuth.TERMINAL_TOKEN, ProviderStates.PAYMENT_EXISTS, ContractIds.TENANT,
                ContractIds.PAYMENT, "a request for payment method 01"), MasterDataBodies.payment());
    }

    @Test
    @PactTestFor(pactMethod = "paymentByTerminalToken")
    void shouldParsePaymentWhenTerminalTokenIsValid(MockServer server) {
        assertPayment(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "cart")
    V4Pact paymentByApiKey(PactDslWithProvider builder) {
        return ok(payment(builder, TerminalAuth.LEGACY, ProviderStates.PAYMENT_EXISTS, ContractIds.TENANT,
                ContractIds.PAYMENT, "a request for payment method 01"), MasterDataBodies.payment());
    }

    @Test
    @PactTestFor(pactMethod = "paymentByApiKey")
    void shouldParsePaymentWhenApiKeyIsValid(MockServer server) {
        assertPayment(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "cart")
    V4Pact unknownPayment(PactDslWithProvider builder) {
        return error(payment(builder, TerminalAuth.TERMINAL_TOKEN, ProviderStates.PAYMENT_UNKNOWN, ContractIds.TENANT,
                ContractIds.UNKNOWN_PAYMENT, "a request for an unknown payment method"),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Test
    @PactTestFor(pactMethod = "unknownPayment")
    void shouldFailWith404WhenPaymentIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(PAYMENT,
                        TerminalAuth.TERMINAL_TOKEN.options(ContractIds.TENANT, ContractIds.UNKNOWN_PAYMENT).build()),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Pact(consumer = "cart")
    V4Pact paymentOfOtherTenant(PactDslWithProvider builder) {
        return error(payment(builder, TerminalAuth.TERMINAL_TOKEN, ProviderStates.PAYMENT_EXISTS,
                ContractIds.FOREIGN_TENANT, ContractIds.PAYMENT,
                "a request for a payment method of another tenant than the token's"),
                400, UpstreamErrorCodes.GENERAL_ERROR);
    }

    @Test
    @PactTestFor(pactMethod = "paymentOfOtherTenant")
    void shouldFailWith400WhenPathTenantDiffersFromToken(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(PAYMENT,
                        TerminalAuth.TERMINAL_TOKEN.options(ContractIds.FOREIGN_TENANT, ContractIds.PAYMENT).build()),
                400, UpstreamErrorCodes.GENERAL_ERROR);
    }

    @Pact(consumer = "cart")
    V4Pact promotionsByTerminalToken(PactDslWithProvider builder) {
        return promotions(builder, TerminalAuth.TERMINAL_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "promotionsByTerminalToken")
    void shouldParsePromotionsWhenTerminalTokenIsValid(MockServer server) {
        assertPromotions(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "cart")
    V4Pact promotionsByApiKey(PactDslWithProvider builder) {
        return promotions(builder, TerminalAuth.LEGACY);
    }

    @Test
    @PactTestFor(pactMethod = "promotionsByApiKey")
    void shouldParsePromotionsWhenApiKeyIsValid(MockServer server) {
        assertPromotions(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "cart")
    V4Pact settingValueByApiKey(PactDslWithProvider builder) {
        return ok(setting(builder, TerminalAuth.LEGACY, ProviderStates.SETTING_EXISTS, ContractIds.SETTING),
                MasterDataBodies.settingValue());
    }

    @Test
    @PactTestFor(pactMethod = "settingValueByApiKey")
    void shouldParseSettingValueWhenApiKeyIsValid(MockServer server) {
        assertSetting(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "cart")
    V4Pact settingValueByTerminalToken(PactDslWithProvider builder) {
        return ok(setting(builder, TerminalAuth.TERMINAL_TOKEN, ProviderStates.SETTING_EXISTS, ContractIds.SETTING),
                MasterDataBodies.settingValue());
    }

    @Test
    @PactTestFor(pactMethod = "settingValueByTerminalToken")
    void shouldParseSettingValueWhenTerminalTokenIsValid(MockServer server) {
        assertSetting(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "cart")
    V4Pact unknownSetting(PactDslWithProvider builder) {
        return error(setting(builder, TerminalAuth.LEGACY, ProviderStates.SETTING_UNKNOWN, ContractIds.UNKNOWN_SETTING),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Test
    @PactTestFor(pactMethod = "unknownSetting")
    void shouldFailWith404WhenSettingIsAbsent(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(SETTING,
                        settingOptions(TerminalAuth.LEGACY, ContractIds.UNKNOWN_SETTING)),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    private static PactDslRequestWithPath item(
            PactDslWithProvider builder, TerminalAuth auth, String state, String itemCode) {
        String description = ContractIds.ITEM.equals(itemCode)
                ? "a request for the details of item ITEM1" : "a request for the details of an unknown item";
        return auth.request(builder, state, description, "GET",
                "/api/v1/tenants/T1/stores/S1/items/" + itemCode + "/details", "");
    }

    private static PactDslRequestWithPath payment(PactDslWithProvider builder,
            TerminalAuth auth, String state, String tenant, String paymentCode, String description) {
        return auth.request(builder, state, description, "GET",
                "/api/v1/tenants/" + tenant + "/payments/" + paymentCode, "");
    }

    private static PactDslRequestWithPath setting(
            PactDslWithProvider builder, TerminalAuth auth, String state, String name) {
        String description = ContractIds.SETTING.equals(name)
                ? "a request for the value of setting receipt_header" : "a request for the value of an absent setting";
        return auth.request(builder, state, description, "GET", "/api/v1/tenants/T1/settings/" + name + "/value",
                SETTING_QUERY);
    }

    private static V4Pact promotions(PactDslWithProvider builder, TerminalAuth auth) {
        return auth.request(builder, ProviderStates.PROMOTION_ACTIVE, "a request for the active promotions of store S1",
                        "GET", "/api/v1/tenants/T1/promotions/active", "storeCode=S1")
                .willRespondWith()
                .status(200)
                .body(Envelopes.list(MasterDataBodies.promotion()))
                .toPact(V4Pact.class);
    }

    private static V4Pact ok(PactDslRequestWithPath request, DslPart data) {
        return request.willRespondWith().status(200).body(Envelopes.success(data)).toPact(V4Pact.class);
    }

    private static V4Pact error(PactDslRequestWithPath request, int status, String code) {
        return request.willRespondWith().status(status).body(Envelopes.error(code)).toPact(V4Pact.class);
    }

    private static void assertItem(MockServer server, TerminalAuth auth) {
        ItemDetails item = call(server, masterData -> masterData.getBlocking(ITEM,
                auth.options(ContractIds.TENANT, ContractIds.STORE, ContractIds.ITEM).build())).data(ItemDetails.class);

        assertThat(item.itemCode()).isEqualTo("ITEM1");
        assertThat(item.unitPrice()).isEqualTo(150.0);
        assertThat(item.storePrice()).isEqualTo(140.0);
        assertThat(item.discountRestricted()).isFalse();
    }

    private static void assertPayment(MockServer server, TerminalAuth auth) {
        Payment payment = call(server, masterData -> masterData.getBlocking(PAYMENT,
                auth.options(ContractIds.TENANT, ContractIds.PAYMENT).build())).data(Payment.class);

        assertThat(payment).isEqualTo(new Payment("01", "Cash", true, true));
    }

    private static void assertPromotions(MockServer server, TerminalAuth auth) {
        ServiceResponse response = call(server, masterData -> masterData.getBlocking(PROMOTIONS,
                auth.options(ContractIds.TENANT).query("storeCode", ContractIds.STORE).build()));

        List<Promotion> promotions = List.of(response.data(Promotion[].class));
        assertThat(promotions).hasSize(1);
        assertThat(promotions.get(0).startDatetime()).isEqualTo("2024-01-01T00:00:00");
        assertThat(promotions.get(0).detail().discountRate()).isEqualTo(10.0);
        assertThat(promotions.get(0).detail().targetCategoryCodes()).containsExactly("C01");
    }

    private static void assertSetting(MockServer server, TerminalAuth auth) {
        ServiceResponse response = call(server, masterData -> masterData.getBlocking(SETTING,
                settingOptions(auth, ContractIds.SETTING)));

        assertThat(response.data(SettingValue.class)).isEqualTo(new SettingValue("Kugelpos - register 1"));
    }

    private static RequestOptions settingOptions(TerminalAuth auth, String name) {
        return auth.options(ContractIds.TENANT, name)
                .query("store_code", ContractIds.STORE)
                .query("terminal_no", ContractIds.TERMINAL_NO)
                .build();
    }

    private static ServiceResponse call(MockServer server, Function<ServiceClient, ServiceResponse> call) {
        return PactClients.call(server, SERVICE, call);
    }
}
