package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void assert422(ThrowingCallable call, String messagePart) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining(messagePart);
    }

    @Test
    void shouldReadTypedFieldsWhenValid() {
        JsonBody body = JsonBody.parseObject(bytes("{\"tenant_id\":\"T1\",\"n\":3,\"amount\":1.5}"));

        assertThat(body.text("tenant_id")).isEqualTo("T1");
        assertThat(body.integer("n")).isEqualTo(3);
        assertThat(body.number("amount")).isEqualTo(1.5);
        assertThat(body.integer("absent", 7)).isEqualTo(7);
    }

    @Test
    void shouldRaise422WhenMalformed() {
        assert422(() -> JsonBody.parseObject(bytes("{\"tenant_id\":")), "not valid JSON");
    }

    @Test
    void shouldRaise422WhenEmpty() {
        assert422(() -> JsonBody.parseObject(new byte[0]), "missing");
    }

    @Test
    void shouldRaise422NamingFieldWhenMissing() {
        assert422(() -> JsonBody.parseObject(bytes("{}")).text("tenant_id"), "body.tenant_id is required");
    }

    @Test
    void shouldRaise422NamingFieldWhenWrongType() {
        assert422(() -> JsonBody.parseObject(bytes("{\"n\":\"three\"}")).integer("n"), "body.n must be an integer");
    }

    @Test
    void shouldRaise422WhenArrayExpectedButObjectGiven() {
        assert422(() -> JsonBody.parseArrayOfObjects(bytes("{\"itemCode\":\"ITEM1\"}")), "array");
    }

    @Test
    void shouldNameElementWhenArrayElementInvalid() {
        assert422(() -> JsonBody.parseArrayOfObjects(bytes("[{\"itemCode\":\"A\"},{\"quantity\":1}]")).get(1)
                .text("itemCode"), "body[1].itemCode is required");
    }
}
