package com.kugelpos.contracts.pactfiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PactDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldReportAnAddedInteractionAsOneLineWhenItComesFirst() throws Exception {
        JsonNode committed = pact(interaction("b", "state B", 200));
        JsonNode generated = pact(interaction("a", "state A", 200) + "," + interaction("b", "state B", 200));

        List<String> differences = PactDiff.between(committed, generated);

        assertThat(differences).containsExactly("interaction 'a' given 'state A': added");
    }

    @Test
    void shouldNameTheInteractionAndPathWhenAResponseChanged() throws Exception {
        JsonNode committed = pact(interaction("a", "state A", 200));
        JsonNode generated = pact(interaction("a", "state A", 201));

        List<String> differences = PactDiff.between(committed, generated);

        assertThat(differences).containsExactly("interaction 'a' given 'state A' $.response.status: committed 200, generated 201");
    }

    @Test
    void shouldReportRemovedInteractionsAndChangedMetadata() throws Exception {
        JsonNode committed = MAPPER.readTree("{\"metadata\": {\"v\": 1}, \"interactions\": [" + interaction("a", "s", 200) + "]}");
        JsonNode generated = MAPPER.readTree("{\"metadata\": {\"v\": 2}, \"interactions\": []}");

        List<String> differences = PactDiff.between(committed, generated);

        assertThat(differences).containsExactly(
                "$.metadata.v: committed 1, generated 2",
                "interaction 'a' given 's': removed");
    }

    private static JsonNode pact(String interactions) throws Exception {
        return MAPPER.readTree("{\"consumer\": {\"name\": \"cart\"}, \"interactions\": [" + interactions + "]}");
    }

    private static String interaction(String description, String state, int status) {
        return "{\"description\": \"" + description + "\", \"providerStates\": [{\"name\": \"" + state + "\"}],"
                + " \"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"response\": {\"status\": " + status + "}}";
    }
}
