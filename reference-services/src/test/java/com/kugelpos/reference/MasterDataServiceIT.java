package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import com.kugelpos.reference.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MasterDataServiceIT {

    private static final String T1 = "/api/v1/tenants/T1";

    private ReferenceServices services;
    private Http masterData;

    @BeforeEach
    void start() {
        services = ReferenceServices.builder().clock(MutableClock.fixed()).start(Service.MASTER_DATA);
        masterData = Http.to(services.url(Service.MASTER_DATA)).apiKey();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private Http.Reply get(String path) {
        return masterData.get(path + (path.contains("?") ? "&" : "?") + Http.TERMINAL_1);
    }

    @Test
    void shouldReturnItemDetailsWhenItemKnown() {
        Http.Reply reply = get(T1 + "/stores/S1/items/ITEM2/details");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("itemCode").asText()).isEqualTo("ITEM2");
        assertThat(reply.data().path("storePrice").asDouble()).isEqualTo(110.0);
        assertThat(reply.data().has("imageUrls")).isTrue();
    }

    @Test
    void shouldAnswer404WithMessageWhenItemUnknown() {
        Http.Reply reply = get(T1 + "/stores/S1/items/X/details");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("Item not found. item_code: X");
        assertThat(reply.errorCode()).isEqualTo("100001");
    }

    @Test
    void shouldAnswer400WhenPathTenantDiffersFromApiKeyTenant() {
        assertThat(get("/api/v1/tenants/T2/stores/S1/items/ITEM1/details").status()).isEqualTo(400);
    }

    @Test
    void shouldAnswer401WhenNoCredentials() {
        Http.Reply reply = Http.to(services.url(Service.MASTER_DATA)).get(T1 + "/stores/S1/items/ITEM1/details");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void shouldReturnPaymentWhenKnown() {
        assertThat(get(T1 + "/payments/01").data().path("description").asText()).isEqualTo("Cash");
        assertThat(get(T1 + "/payments/99").status()).isEqualTo(404);
    }

    @Test
    void shouldListOnlyPromotionsActiveOnTheClockForTheStore() {
        Http.Reply reply = get(T1 + "/promotions/active?storeCode=S1");

        assertThat(reply.data()).extracting(p -> p.path("promotionCode").asText()).containsExactly("P1");
        assertThat(reply.json().path("metadata").isNull()).isTrue();
        assertThat(get(T1 + "/promotions/active?storeCode=S9").data()).isEmpty();
    }

    @Test
    void shouldReturnTerminalSpecificSettingOrDefaultAnd404WhenAbsent() {
        assertThat(get(T1 + "/settings/receipt_header/value?store_code=S1&terminal_no=1").data().path("value").asText())
                .isEqualTo("Kugelpos Reference - register 1");
        assertThat(get(T1 + "/settings/receipt_header/value?store_code=S1&terminal_no=2").data().path("value").asText())
                .isEqualTo("Kugelpos Reference");
        assertThat(get(T1 + "/settings/absent/value?store_code=S1&terminal_no=1").status()).isEqualTo(404);
    }

    @Test
    void shouldReturnStaffWhenKnown() {
        Http.Reply reply = get(T1 + "/staff/S01");

        assertThat(reply.data().path("name").asText()).isEqualTo("Alice Reference");
        assertThat(reply.data().path("roles")).isNotEmpty();
        assertThat(get(T1 + "/staff/S99").status()).isEqualTo(404);
    }

    @Test
    void shouldListCategoriesItemsAndPaymentsForServiceToken() {
        Http report = Http.to(services.url(Service.MASTER_DATA)).bearer(services.tokens().serviceToken("report", "T1"));

        assertThat(report.get(T1 + "/categories").data()).hasSize(2);
        Http.Reply items = report.get(T1 + "/items?limit=2&page=2");
        assertThat(items.data()).hasSize(1);
        assertThat(items.json().path("metadata").path("total").asInt()).isEqualTo(3);
        assertThat(report.get(T1 + "/payments?limit=100&page=1").data()).hasSize(2);
    }

    @Test
    void shouldAnswer422WhenPagingParameterInvalid() {
        assertThat(get(T1 + "/items?limit=-1").status()).isEqualTo(422);
    }
}
