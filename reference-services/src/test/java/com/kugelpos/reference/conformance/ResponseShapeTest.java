package com.kugelpos.reference.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SAMPLE = "{\"success\": true, \"code\": 200, \"data\": {\"itemCode\": \"I\","
            + " \"storePrice\": null, \"entryDatetime\": \"2025-01-01 00:00:00\", \"payments\": [{\"paymentAmount\": 1.0}]},"
            + " \"metadata\": null}";

    @Test
    void shouldAcceptAnAnswerOfTheSameShapeWithAValueWhereUpstreamIsOptional() throws Exception {
        assertThat(mismatches("{\"success\": true, \"code\": 200, \"data\": {\"itemCode\": \"X\", \"storePrice\": 9.5,"
                + " \"entryDatetime\": \"2024-02-03 04:05:06\", \"payments\": [], \"extra\": 1}, \"metadata\": null}"))
                .isEmpty();
    }

    @Test
    void shouldNameEachDisagreementOfTheKindsThatSlippedInBefore() throws Exception {
        assertThat(mismatches("{\"success\": true, \"code\": 201, \"data\": {\"storePrice\": 1.0,"
                + " \"entryDatetime\": \"2025-01-01T00:00:00Z\", \"payments\": [{\"amount\": 1.0}]},"
                + " \"metadata\": {\"total\": 1}}"))
                .containsExactlyInAnyOrder(
                        "$.code is 201, upstream answers 200",
                        "$.data.itemCode is missing",
                        "$.data.entryDatetime is '2025-01-01T00:00:00Z', upstream writes YYYY-MM-DD HH:MM:SS",
                        "$.data.payments[].paymentAmount is missing",
                        "$.metadata is {\"total\":1}, upstream answers null");
    }

    private static java.util.List<String> mismatches(String actual) throws Exception {
        JsonNode sample = MAPPER.readTree(SAMPLE);
        return ResponseShape.mismatches(sample, MAPPER.readTree(actual), Set.of("$.data.storePrice"));
    }
}
