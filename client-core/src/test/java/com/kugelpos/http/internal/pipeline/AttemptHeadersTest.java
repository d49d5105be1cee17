package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AttemptHeadersTest {

    private final AttemptHeaders headers = new AttemptHeaders();

    @Test
    void shouldReplaceAValueByCaseInsensitiveNameAndKeepTheFirstSpelling() {
        headers.set("Accept", "application/json");
        headers.set("X-API-KEY", "k1");
        headers.set("accept", "text/plain");

        assertThat(headers).hasSize(2);
        assertThat(headers.get("ACCEPT")).containsExactly("text/plain");
        assertThat(headers.keySet()).containsExactly("Accept", "X-API-KEY");
    }

    @Test
    void shouldSetIfAbsentOnlyWhenTheNameHasNoValue() {
        headers.set("Accept-Encoding", "identity");

        headers.setIfAbsent("accept-encoding", List.of("gzip"));
        headers.setIfAbsent("Content-Encoding", List.of("gzip"));

        assertThat(headers.get("Accept-Encoding")).containsExactly("identity");
        assertThat(headers.containsKey("content-encoding")).isTrue();
        assertThat(headers.containsKey("Content-Type")).isFalse();
        assertThat(headers.get(42)).isNull();
    }

    @Test
    void shouldHoldMoreThanTheUsualCountInTheOrderSet() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            headers.set("X-Header-" + i, "v" + i);
            expected.put("X-Header-" + i, List.of("v" + i));
        }

        assertThat(headers).containsExactlyEntriesOf(expected);
        Map<String, List<String>> seen = new LinkedHashMap<>();
        headers.forEach(seen::put);
        assertThat(seen).containsExactlyEntriesOf(expected);
    }

    @Test
    void shouldEqualAnyMapOfTheSameHeadersAndRefuseWritesThroughTheMapView() {
        headers.set("User-Agent", "kugelpos");
        headers.set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        Map<String, List<String>> same = new TreeMap<>(Map.of("traceparent",
                List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"), "User-Agent", List.of("kugelpos")));

        assertThat(headers).isEqualTo(same);
        assertThat(headers.hashCode()).isEqualTo(same.hashCode());
        assertThatThrownBy(() -> headers.put("Accept", List.of("*/*")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
