package com.kugelpos.contracts.provider;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.HttpClientError;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A provider's Pact state-change URL: each state is set up by {@code POST <url>} with Pact's
 * standard body {@code {"state": ..., "params": {...}, "action": "setup"}}; a JSON object in the
 * answer holds the values the state hands the verifier (e.g. {@code {"token": "..."}}). What a
 * provider team implements behind it is described per state in contract-tests/README.md.
 */
final class StateChangeUrl implements ProviderStateSetup {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServiceClient client;
    private final URI url;

    /**
     * @param client a client whose service resolves to the state-change URL's origin
     * @param url the full state-change URL, for messages and its path
     */
    StateChangeUrl(ServiceClient client, URI url) {
        this.client = Objects.requireNonNull(client, "client");
        this.url = Objects.requireNonNull(url, "url");
    }

    @Override
    public Map<String, Object> setUp(String state, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", "setup");
        ServiceResponse response;
        try {
            response = client.postBlocking(url.getRawPath(), body, RequestOptions.none());
        } catch (HttpClientError e) {
            throw new IllegalStateException("The state-change URL " + url + " answered " + e.statusCode()
                    + " to state '" + state + "'; the provider must set that state up (contract-tests/README.md,"
                    + " \"Provider states\")", e);
        }
        if (response.bodyText().isBlank()) {
            return Map.of();
        }
        JsonNode answer = response.json();
        return answer.isObject() ? MAPPER.convertValue(answer, new TypeReference<Map<String, Object>>() {}) : Map.of();
    }
}
