package com.kugelpos.http.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.HttpMethod;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TransportRequestTest {

    private static final URI ITEMS = URI.create("http://master-data:8002/api/v1/items");

    @Test
    void shouldHandTheHeadersOverAsTheyAreAndMakeHttpHeadersOfThemOnAsk() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("X-API-KEY", List.of("secret-key"));
        headers.put("Accept", List.of("application/json", "text/plain"));

        TransportRequest request = TransportRequest.of(HttpMethod.GET, ITEMS, headers, null, Duration.ofSeconds(1));

        assertThat(request.headerMap()).isEqualTo(headers);
        assertThat(request.headers().firstValue("x-api-key")).contains("secret-key");
        assertThat(request.headers().allValues("accept")).containsExactly("application/json", "text/plain");
        List<String> seen = new ArrayList<>();
        request.forEachHeader((name, value) -> seen.add(name + ": " + value));
        assertThat(seen).containsExactly("Accept: application/json", "Accept: text/plain", "X-API-KEY: secret-key");
        assertThatThrownBy(() -> request.headerMap().put("Host", List.of("elsewhere")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldKeepTheHttpHeadersItWasGiven() {
        HttpHeaders headers = HttpHeaders.of(Map.of("User-Agent", List.of("probe")), (name, value) -> true);

        TransportRequest request = new TransportRequest(HttpMethod.GET, ITEMS, headers, null, Duration.ofSeconds(1));

        assertThat(request.headers()).isSameAs(headers);
        assertThat(request.headerMap()).containsEntry("User-Agent", List.of("probe"));
        assertThat(request.hasBody()).isFalse();
    }

    @Test
    void shouldNameMethodAndUrlButNoHeaderWhenPrinted() {
        TransportRequest request = TransportRequest.of(HttpMethod.POST, ITEMS,
                Map.of("Authorization", List.of("Bearer token-123")), new byte[] {'{', '}'}, Duration.ofSeconds(1));

        assertThat(request).hasToString("POST " + ITEMS);
        assertThat(request.body()).containsExactly('{', '}');
    }

    @Test
    void shouldRefuseAMissingPart() {
        assertThatThrownBy(() -> TransportRequest.of(HttpMethod.GET, null, Map.of(), null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("uri");
        assertThatThrownBy(() -> TransportRequest.of(HttpMethod.GET, ITEMS, null, null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("headers");
        assertThatThrownBy(() -> TransportRequest.of(HttpMethod.GET, ITEMS, Map.of(), null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("timeout");
    }
}
