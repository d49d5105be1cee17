package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code POST /api/v1/tenants} (row 9) and {@code GET /health} on every service. */
class TenantsIT {

    private static ReferenceServices services;

    @BeforeAll
    static void start() {
        services = ReferenceServices.start();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static Http user(Service service, String tenant) {
        return Http.to(services.url(service)).bearer(services.tokens().userToken(tenant, "admin", false));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void shouldCreateTenantWith201WhenUserTokenMatches(Service service) {
        String tenant = "N" + service.ordinal();
        long before = services.stats(service).recordsCreated("tenant");

        Http.Reply reply = user(service, tenant).post("/api/v1/tenants", "{\"tenant_id\":\"" + tenant + "\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("code").asInt()).isEqualTo(201);
        assertThat(reply.data().path("tenantId").asText()).isEqualTo(tenant);
        assertThat(services.stats(service).recordsCreated("tenant")).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void shouldReplayAndCreateOnceWhenIdempotencyKeyRepeated(Service service) {
        String tenant = "I" + service.ordinal();
        Http keyed = user(service, tenant).header("Idempotency-Key", "fan-out-" + tenant);
        long before = services.stats(service).recordsCreated("tenant");

        Http.Reply first = keyed.post("/api/v1/tenants", "{\"tenant_id\":\"" + tenant + "\"}");
        Http.Reply second = keyed.post("/api/v1/tenants", "{\"tenant_id\":\"" + tenant + "\"}");

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(services.stats(service).recordsCreated("tenant")).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void shouldAnswer400WhenBodyTenantDiffersFromToken(Service service) {
        Http.Reply reply = user(service, "T1").post("/api/v1/tenants", "{\"tenant_id\":\"OTHER\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("100000");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void shouldAnswer401WhenNoToken(Service service) {
        Http.Reply reply = Http.to(services.url(service)).post("/api/v1/tenants", "{\"tenant_id\":\"T1\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().has("user_error")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void shouldAnswerHealthOnEveryService(Service service) {
        Http.Reply reply = Http.to(services.url(service)).get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("service").asText()).isEqualTo(service.serviceName());
    }
}
