package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceResponseTest {

    private static final CallDescription CALL = new CallDescription("master-data", HttpMethod.GET, "/api/v1/items/{code}");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldLookUpTheJdkHeadersByAnyCaseWithoutCopyingThem() {
        HttpHeaders received = HttpHeaders.of(Map.of("content-type", List.of("application/json"), "etag", List.of("\"v1\"")),
                (name, value) -> true);

        ServiceResponse response = new ServiceResponse(CALL, 200, received, BODY, new ObjectMapper());

        assertThat(response.header("Content-Type")).contains("application/json");
        assertThat(response.headers().get("ETAG")).containsExactly("\"v1\"");
        assertThat(response.headers()).isSameAs(received.map());
        assertThatThrownBy(() -> response.headers().put("x", List.of("y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldCopyAPlainMapOfHeadersForCaseInsensitiveLookUp() {
        ServiceResponse response = new ServiceResponse(CALL, 200, Map.of("content-type", List.of("application/json")), BODY,
                new ObjectMapper());

        assertThat(response.header("CONTENT-TYPE")).contains("application/json");
        assertThatThrownBy(() -> response.headers().put("x", List.of("y"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
