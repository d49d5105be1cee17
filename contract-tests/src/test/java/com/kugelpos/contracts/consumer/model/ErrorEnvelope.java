package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Kugelpos error envelope as a consumer reads it from {@code HttpClientError.responseText()}.
 *
 * @param success always false
 * @param code the HTTP status repeated
 * @param message what was wrong
 * @param userError the six-digit code and message (snake_case {@code user_error} on the error path)
 */
public record ErrorEnvelope(boolean success, int code, String message, @JsonProperty("user_error") UserError userError) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Reads an error envelope; fails with the text when it is not one. */
    public static ErrorEnvelope read(String responseText) {
        try {
            return MAPPER.readValue(responseText, ErrorEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a Kugelpos error envelope: " + responseText, e);
        }
    }

    /**
     * @param code the six-digit {@code XXYYZZ} error code
     * @param message the user-facing message
     */
    public record UserError(String code, String message) {}
}
