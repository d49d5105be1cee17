package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerminalServiceIT {

    private static final String DELIVERY = "/api/v1/terminals/T1-S1-1/delivery-status";
    private static final String DELIVERY_BODY =
            "{\"event_id\":\"e-1\",\"service\":\"journal\",\"status\":\"received\",\"message\":\"\"}";

    private ReferenceServices services;
    private Http terminal;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.TERMINAL);
        terminal = Http.to(services.url(Service.TERMINAL));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldReturnTerminalWhenApiKeyMatches() {
        Http.Reply reply = terminal.apiKey().get("/api/v1/terminals/T1-S1-1?" + Http.TERMINAL_1);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("operation").asText()).isEqualTo("get_terminal");
        assertThat(reply.data().path("terminalId").asText()).isEqualTo("T1-S1-1");
        assertThat(reply.data().path("staff").path("staffId").asText()).isEqualTo("S01");
        assertThat(reply.data().path("apiKey").asText()).isEqualTo(Http.API_KEY_1);
    }

    @Test
    void shouldAnswer401WhenApiKeyBelongsToOtherTerminal() {
        Http.Reply reply = terminal.header("X-API-KEY", "ref-api-key-T1-S1-2")
                .get("/api/v1/terminals/T1-S1-1?" + Http.TERMINAL_1);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("200001");
        assertThat(reply.body()).doesNotContain("ref-api-key");
    }

    @Test
    void shouldAnswer400WhenTerminalOfOtherTenantAsked() {
        Http.Reply reply = terminal.apiKey().get("/api/v1/terminals/T2-S1-1?" + Http.TERMINAL_1);

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void shouldAnswer404WhenTerminalUnknown() {
        Http.Reply reply = terminal.apiKey().get("/api/v1/terminals/T1-S1-9?" + Http.TERMINAL_1);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("user_error").path("code").asText()).isEqualTo("100001");
    }

    @Test
    void shouldIssueTerminalTokenThatAuthenticatesWhenApiKeyValid() {
        Http.Reply issued = terminal.apiKey().post("/api/v1/auth/token?" + Http.TERMINAL_1, null);
        String token = issued.data().path("access_token").asText();

        Http.Reply reply = terminal.bearer(token).get("/api/v1/terminals/T1-S1-1");

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.data().path("token_type").asText()).isEqualTo("bearer");
        assertThat(issued.data().path("expires_in").asLong()).isEqualTo(86_400);
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void shouldFindTerminalByScanWhenTokenRequestedWithoutTerminalId() {
        Http.Reply issued = terminal.header("X-API-KEY", "ref-api-key-T1-S1-2").post("/api/v1/auth/token", null);

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().path("message").asText()).contains("T1-S1-2");
    }

    @Test
    void shouldAnswer401WhenTokenRequestedWithUnknownKey() {
        assertThat(terminal.header("X-API-KEY", "nope").post("/api/v1/auth/token", null).status()).isEqualTo(401);
        assertThat(terminal.post("/api/v1/auth/token", null).status()).isEqualTo(401);
    }

    @Test
    void shouldListTerminalsWithPagingMetadataWhenLimited() {
        Http.Reply reply = terminal.apiKey()
                .get("/api/v1/terminals?" + Http.TERMINAL_1 + "&store_code=S1&limit=1&page=1&sort=terminal_no:-1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data()).hasSize(1);
        assertThat(reply.data().get(0).path("terminalNo").asInt()).isEqualTo(2);
        assertThat(reply.json().path("metadata").path("total").asInt()).isEqualTo(2);
        assertThat(reply.json().path("metadata").path("filter").path("store_code").asText()).isEqualTo("S1");
    }

    @Test
    void shouldListAllTerminalsWhenLimitIsZero() {
        String token = services.tokens().serviceToken("report", "T1");

        Http.Reply reply = terminal.bearer(token).get("/api/v1/terminals?store_code=S1&limit=0&page=1&sort=terminal_no:1");

        assertThat(reply.data()).hasSize(2);
        assertThat(reply.json().path("metadata").path("limit").asInt()).isZero();
    }

    @Test
    void shouldReturnStoreWhenKnownAnd404WhenNot() {
        Http.Reply known = terminal.apiKey().get("/api/v1/tenants/T1/stores/S1?" + Http.TERMINAL_1);
        Http.Reply unknown = terminal.apiKey().get("/api/v1/tenants/T1/stores/S9?" + Http.TERMINAL_1);

        assertThat(known.data().path("storeName").asText()).isEqualTo("Reference Store 1");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void shouldRecordDeliveryStatusOnceWhenIdempotencyKeyRepeated() {
        Http service = terminal.bearer(services.tokens().serviceToken("journal", "T1")).header("Idempotency-Key", "e-1");

        Http.Reply first = service.post(DELIVERY, DELIVERY_BODY);
        Http.Reply second = service.post(DELIVERY, DELIVERY_BODY);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.data().path("event_id").asText()).isEqualTo("e-1");
        assertThat(first.data().path("success").asBoolean()).isTrue();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(services.stats(Service.TERMINAL).recordsCreated("deliveryStatus")).isEqualTo(1);
    }

    @Test
    void shouldAnswer401WhenDeliveryStatusSentWithUserToken() {
        Http.Reply reply = terminal.bearer(services.tokens().userToken("T1", "admin", true)).post(DELIVERY, DELIVERY_BODY);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer422WhenDeliveryStatusLacksEventId() {
        Http.Reply reply = terminal.bearer(services.tokens().serviceToken("journal", "T1"))
                .post(DELIVERY, "{\"service\":\"journal\",\"status\":\"received\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).contains("event_id");
    }

    @Test
    void shouldAcceptTerminalTokenIssuedByTests() {
        String token = services.tokens().terminalToken(new TerminalInfo("T1-S1-2", "T1", "S1", 2, null));

        assertThat(terminal.bearer(token).get("/api/v1/terminals/T1-S1-2").status()).isEqualTo(200);
    }
}
