package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void shouldUseCamelCaseUserErrorWhenSuccess() {
        JsonNode body = ApiResponse.ok("get_terminal", "found", Map.of("terminalId", "T1-S1-1")).body();

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("code").asInt()).isEqualTo(200);
        assertThat(body.has("userError")).isTrue();
        assertThat(body.path("userError").isNull()).isTrue();
        assertThat(body.has("user_error")).isFalse();
        assertThat(body.path("data").path("terminalId").asText()).isEqualTo("T1-S1-1");
        assertThat(body.path("metadata").isNull()).isTrue();
        assertThat(body.path("operation").asText()).isEqualTo("get_terminal");
    }

    @Test
    void shouldUseSnakeCaseUserErrorWithSixDigitCodeWhenError() {
        ApiResponse response = ApiResponse.error(ApiException.notFound("Item not found. item_code: X"));

        JsonNode body = response.body();
        assertThat(response.status()).isEqualTo(404);
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("code").asInt()).isEqualTo(404);
        assertThat(body.path("user_error").path("code").asText()).matches("\\d{6}");
        assertThat(body.path("user_error").path("message").asText()).isEqualTo("Item not found. item_code: X");
        assertThat(body.has("userError")).isFalse();
        assertThat(body.path("data").isNull()).isTrue();
        assertThat(body.path("operation").asText()).isEqualTo("app_exception_handler");
    }

    @Test
    void shouldAnswer201WhenCreated() {
        ApiResponse response = ApiResponse.created("create_tenant", "done", Map.of("tenantId", "T2"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("code").asInt()).isEqualTo(201);
    }
}
