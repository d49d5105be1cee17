package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<ObjectNode> RECORDS = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> Json.object().put("terminalNo", i).put("name", "t" + i))
            .toList();

    private static ApiRequest query(String name, String value, String name2, String value2) {
        return new ApiRequest("GET", "/x", Map.of(), Map.of(name, List.of(value), name2, List.of(value2)), Map.of(),
                new byte[0]);
    }

    @Test
    void shouldCutPageAndReportTotalWhenLimited() {
        Page page = Paging.from(query("limit", "2", "page", "2")).apply(RECORDS, Map.of("store_code", "S1"));

        assertThat(page.items()).extracting(n -> n.path("terminalNo").asInt()).containsExactly(3, 4);
        assertThat(page.metadata().path("total").asInt()).isEqualTo(5);
        assertThat(page.metadata().path("page").asInt()).isEqualTo(2);
        assertThat(page.metadata().path("limit").asInt()).isEqualTo(2);
        assertThat(page.metadata().path("filter").path("store_code").asText()).isEqualTo("S1");
    }

    @Test
    void shouldReturnAllWhenLimitIsZero() {
        Page page = Paging.from(query("limit", "0", "page", "1")).apply(RECORDS, Map.of());

        assertThat(page.items()).hasSize(5);
    }

    @Test
    void shouldSortDescendingBySnakeCaseFieldWhenAsked() {
        Page page = Paging.from(query("sort", "terminal_no:-1", "limit", "1")).apply(RECORDS, Map.of());

        assertThat(page.items().get(0).path("terminalNo").asInt()).isEqualTo(5);
        assertThat(page.metadata().path("sort").asText()).isEqualTo("terminal_no:-1");
    }

    @Test
    void shouldReturnEmptyPageWhenPagePastEnd() {
        Page page = Paging.from(query("limit", "10", "page", "3")).apply(RECORDS, Map.of());

        assertThat(page.items()).isEmpty();
        assertThat(page.metadata().path("total").asInt()).isEqualTo(5);
    }

    @Test
    void shouldRaise422WhenLimitIsNotANumber() {
        assertThatThrownBy(() -> Paging.from(query("limit", "ten", "page", "1")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }
}
