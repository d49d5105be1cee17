package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;

/** Request bodies as client-core sends them: JSON with {@code Content-Type: application/json}. */
public final class JsonRequests {

    /** The media type client-core gives every request body. */
    public static final String MEDIA_TYPE = "application/json";

    private JsonRequests() {}

    /** {@code body} with the exact {@code Content-Type} client-core sends (Pact's default adds a charset). */
    public static PactDslRequestWithPath body(PactDslRequestWithPath request, DslPart body) {
        return request.headers("Content-Type", MEDIA_TYPE).body(body);
    }
}
