package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void shouldFillPlaceholdersInOrder() {
        assertThat(PathTemplate.expand("/api/v1/tenants/{t}/stores/{s}", List.of("T1", "S1")))
                .isEqualTo("/api/v1/tenants/T1/stores/S1");
    }

    @Test
    void shouldEncodeEachValueAsOneSegment() {
        assertThat(PathTemplate.expand("/items/{code}", List.of("a/b c")))
                .isEqualTo("/items/a%2Fb%20c");
    }

    @Test
    void shouldCountTheExpandedLengthAndCheckTheValuesWithoutExpanding() {
        List<String> values = List.of("T1", "a/b c", "日本");

        assertThat(PathTemplate.expandedLength("/t/{t}/i/{i}/n/{n}", values))
                .isEqualTo(PathTemplate.expand("/t/{t}/i/{i}/n/{n}", values).length());
        assertThatThrownBy(() -> PathTemplate.expandedLength("/items/{code}", List.of("")))
                .hasMessageContaining("must not be null or empty");
        assertThatThrownBy(() -> PathTemplate.expandedLength("/items/{code", List.of("x")))
                .hasMessageContaining("Unclosed '{'");
    }

    @Test
    void shouldRejectAMismatchedNumberOfValues() {
        assertThatThrownBy(() -> PathTemplate.expand("/items/{code}", List.of()))
                .hasMessageContaining("more placeholders");
        assertThatThrownBy(() -> PathTemplate.expand("/items", List.of("x")))
                .hasMessageContaining("0 placeholder(s) but 1");
    }

    @Test
    void shouldRejectARelativePath() {
        assertThatThrownBy(() -> PathTemplate.expand("items", List.of()))
                .hasMessageContaining("must start with '/'");
    }
}
