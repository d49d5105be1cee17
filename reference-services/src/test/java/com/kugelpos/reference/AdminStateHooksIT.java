package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin hooks that set up provider states: records put and removed, tenants removed, Retry-After on a forced status. */
class AdminStateHooksIT {

    private static final String ITEM9 = "/api/v1/tenants/T1/stores/S1/items/ITEM9/details?" + Http.TERMINAL_1;

    private ReferenceServices services;
    private Http admin;
    private Http masterData;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.MASTER_DATA);
        admin = Http.to(services.url(Service.MASTER_DATA));
        masterData = admin.apiKey();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldServeARecordWhenItWasPutThroughAdmin() {
        Http.Reply put = admin.post("/_admin/data/items/T1/ITEM9",
                "{\"itemCode\":\"ITEM9\",\"description\":\"Tea\",\"unitPrice\":120.0}");

        Http.Reply item = masterData.get(ITEM9);

        assertThat(put.status()).isEqualTo(200);
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.json().path("data").path("description").asText()).isEqualTo("Tea");
    }

    @Test
    void shouldAnswer404WhenTheRecordWasRemovedThroughAdmin() {
        Http.Reply removed = admin.send("DELETE", "/_admin/data/items/T1/ITEM1", null);

        Http.Reply item = masterData.get("/api/v1/tenants/T1/stores/S1/items/ITEM1/details?" + Http.TERMINAL_1);

        assertThat(removed.json().path("removed").asBoolean()).isTrue();
        assertThat(item.status()).isEqualTo(404);
    }

    @Test
    void shouldForgetATenantAndItsRecordsWhenRemovedThroughAdmin() {
        admin.post("/_admin/data/categories/T5/C09", "{\"categoryCode\":\"C09\"}");

        Http.Reply first = admin.send("DELETE", "/_admin/tenants/T5", null);
        Http.Reply second = admin.send("DELETE", "/_admin/tenants/T5", null);

        assertThat(first.json().path("removed").asBoolean()).isTrue();
        assertThat(second.json().path("removed").asBoolean()).isFalse();
    }

    @Test
    void shouldSendRetryAfterWhenTheForcedStatusNamesOne() {
        admin.post("/_admin/behaviour", "{\"pathPrefix\":\"/api/v1\",\"status\":503,\"retryAfterSeconds\":5}");

        Http.Reply forced = masterData.get(ITEM9);

        assertThat(forced.status()).isEqualTo(503);
        assertThat(forced.headers().get("retry-after")).containsExactly("5");
    }

    @Test
    void shouldRefuseRetryAfterWithoutAForcedStatus() {
        Http.Reply refused = admin.post("/_admin/behaviour", "{\"pathPrefix\":\"/api/v1\",\"retryAfterSeconds\":5}");

        assertThat(refused.status()).isEqualTo(422);
    }
}
