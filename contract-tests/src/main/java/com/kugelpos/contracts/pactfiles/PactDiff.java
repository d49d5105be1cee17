package com.kugelpos.contracts.pactfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two versions of one pact file, as a reviewer reads them: interactions
 * are matched by description and provider states, so an added interaction reads as one line and
 * not as a shift of all that follow; within a matched interaction, each differing value is named
 * by its path ({@link JsonDiff}). Stateless; thread-safe.
 */
public final class PactDiff {

    private static final String INTERACTIONS = "interactions";

    private PactDiff() {}

    /** The differences from {@code committed} to {@code generated}; empty when the contracts are equal. */
    public static List<String> between(JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>(
                JsonDiff.between("$", withoutInteractions(committed), withoutInteractions(generated)));
        Map<String, JsonNode> before = byName(committed);
        Map<String, JsonNode> after = byName(generated);
        before.forEach((name, interaction) -> {
            JsonNode now = after.get(name);
            if (now == null) {
                differences.add("interaction " + name + ": removed");
            } else {
                differences.addAll(JsonDiff.between("interaction " + name + " $", interaction, now));
            }
        });
        after.keySet().stream()
                .filter(name -> !before.containsKey(name))
                .forEach(name -> differences.add("interaction " + name + ": added"));
        return differences;
    }

    private static JsonNode withoutInteractions(JsonNode pact) {
        if (!pact.isObject()) {
            return pact;
        }
        ObjectNode copy = ((ObjectNode) pact).deepCopy();
        copy.remove(INTERACTIONS);
        return copy;
    }

    private static Map<String, JsonNode> byName(JsonNode pact) {
        Map<String, JsonNode> interactions = new LinkedHashMap<>();
        for (JsonNode interaction : pact.path(INTERACTIONS)) {
            interactions.put(name(interaction), interaction);
        }
        return interactions;
    }

    /** {@code 'description' [given 'state', 'state']}: what identifies an interaction in a pact. */
    private static String name(JsonNode interaction) {
        StringBuilder name = new StringBuilder("'").append(interaction.path("description").asText()).append('\'');
        JsonNode states = interaction.has("providerStates") ? interaction.get("providerStates") : interaction.path("provider_states");
        List<String> given = new ArrayList<>();
        for (JsonNode state : states) {
            given.add("'" + state.path("name").asText() + "'");
        }
        if (interaction.hasNonNull("providerState")) {
            given.add("'" + interaction.get("providerState").asText() + "'");
        }
        if (!given.isEmpty()) {
            name.append(" given ").append(String.join(", ", given));
        }
        return name.toString();
    }
}
