package com.kugelpos.http.internal.masking;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Masks the values of secret fields anywhere in a JSON document with Jackson's streaming API, so
 * no tree of the document is built. Thread-safe.
 */
final class JsonRedactor {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final SecretNames secretFields;
    private final TextRedactor strings;

    /**
     * @param secretFields the fields whose whole value (of any type) becomes {@code "****"}
     * @param strings      applied to the other string values, so a token inside a message is masked
     */
    JsonRedactor(SecretNames secretFields, TextRedactor strings) {
        this.secretFields = secretFields;
        this.strings = strings;
    }

    /** The masked document in compact form, or empty if {@code body} is not complete, valid JSON. */
    Optional<String> redact(String body) {
        StringWriter out = new StringWriter(body.length());
        try (JsonParser parser = FACTORY.createParser(body);
                JsonGenerator generator = FACTORY.createGenerator(out)) {
            boolean anyToken = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                anyToken = true;
                copyMasked(token, parser, generator);
            }
            generator.flush();
            return anyToken ? Optional.of(out.toString()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private void copyMasked(JsonToken token, JsonParser parser, JsonGenerator generator) throws IOException {
        if (token == JsonToken.FIELD_NAME && secretFields.contains(parser.currentName())) {
            generator.writeFieldName(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
            generator.writeString(Redactor.MASK);
        } else if (token == JsonToken.VALUE_STRING) {
            generator.writeString(strings.redact(parser.getText()));
        } else {
            generator.copyCurrentEventExact(parser);
        }
    }
}
