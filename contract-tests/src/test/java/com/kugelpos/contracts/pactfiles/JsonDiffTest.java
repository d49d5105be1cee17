package com.kugelpos.contracts.pactfiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldFindNothingWhenTreesAreEqualInAnotherKeyOrder() throws Exception {
        JsonNode committed = MAPPER.readTree("{\"a\": 1, \"b\": [true, \"x\"]}");
        JsonNode generated = MAPPER.readTree("{\"b\": [true, \"x\"], \"a\": 1}");

        assertThat(JsonDiff.between("$", committed, generated)).isEmpty();
    }

    @Test
    void shouldNameThePathWhenANestedValueChanged() throws Exception {
        JsonNode committed = MAPPER.readTree("{\"request\": {\"path\": \"/api/v1/items\"}}");
        JsonNode generated = MAPPER.readTree("{\"request\": {\"path\": \"/api/v2/items\"}}");

        List<String> differences = JsonDiff.between("$", committed, generated);

        assertThat(differences).containsExactly("$.request.path: committed \"/api/v1/items\", generated \"/api/v2/items\"");
    }

    @Test
    void shouldReportMembersAndElementsPresentOnOneSideOnly() throws Exception {
        JsonNode committed = MAPPER.readTree("{\"old\": 1, \"list\": [1]}");
        JsonNode generated = MAPPER.readTree("{\"new\": 2, \"list\": [1, 2]}");

        List<String> differences = JsonDiff.between("$", committed, generated);

        assertThat(differences).containsExactly(
                "$.list[1]: only generated, 2",
                "$.new: only generated, 2",
                "$.old: only committed, 1");
    }

    @Test
    void shouldShortenLongValuesWhenReporting() throws Exception {
        JsonNode committed = MAPPER.readTree("{\"a\": \"" + "x".repeat(300) + "\"}");
        JsonNode generated = MAPPER.readTree("{\"a\": 1}");

        List<String> differences = JsonDiff.between("$", committed, generated);

        assertThat(differences).singleElement().asString().endsWith("..., generated 1").hasSizeLessThan(200);
    }
}
