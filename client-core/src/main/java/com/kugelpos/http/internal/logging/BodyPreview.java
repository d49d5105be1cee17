package com.kugelpos.http.internal.logging;

import com.kugelpos.http.internal.masking.Redactor;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Renders a request or response body for debug output: masked, cut to a maximum length, and
 * summarised instead of shown when it is binary. Thread-safe.
 */
final class BodyPreview {

    private final Redactor redactor;
    private final int maxChars;

    BodyPreview(Redactor redactor, int maxChars) {
        this.redactor = redactor;
        this.maxChars = maxChars;
    }

    /** The masked, truncated body; {@code (empty)} or {@code [N bytes of type]} for binary ones. */
    String render(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "(empty)";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!isText(type)) {
            return "[" + body.length + " bytes of " + contentType + "]";
        }
        String text = new String(body, charsetOf(type));
        String masked = type.isEmpty() || type.contains("json") ? redactor.json(text) : redactor.text(text);
        return Redactor.truncate(masked, maxChars);
    }

    private static boolean isText(String type) {
        return type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("application/problem");
    }

    private static Charset charsetOf(String type) {
        int at = type.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = type.substring(at + "charset=".length()).split(";", 2)[0].trim().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
