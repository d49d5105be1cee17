package com.kugelpos.harness.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void shouldReadBackWhatItWroteWhenValuesAreNested() {
        // Arrange
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "add item [slow, \"breaker\" open]\n\u0001");
        value.put("count", 7740L);
        value.put("p99", 12.5);
        value.put("ok", true);
        value.put("none", null);
        value.put("list", List.of(1, "two", List.of()));

        // Act
        Object read = Json.parse(Json.write(value));

        // Assert
        Map<String, Object> expected = new LinkedHashMap<>(value);
        expected.put("count", 7740.0);
        expected.put("list", List.of(1.0, "two", List.of()));
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void shouldReadJmhStyleNumbersAndEscapes() {
        assertThat(Json.parse("[ -1.5e3, 0, \"\\u00e9\\t\" ]")).isEqualTo(List.of(-1500.0, 0.0, "é\t"));
    }

    @Test
    void shouldNameTheOffsetWhenTheTextIsNotJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1,}")).isInstanceOf(JsonException.class)
                .hasMessageContaining("expected a quoted member name at offset 8");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("unexpected text after the value");
    }
}
