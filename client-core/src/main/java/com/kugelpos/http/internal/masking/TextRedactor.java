package com.kugelpos.http.internal.masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text (exception messages, non-JSON bodies) with regular expressions:
 * user-info in URLs, {@code Bearer}/{@code Basic} credentials, JWT-looking strings and
 * {@code name=value} / {@code "name": "value"} pairs whose name is secret. Thread-safe.
 */
final class TextRedactor {

    private static final Pattern AUTH_SCHEME =
            Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");

    private static final Pattern JWT =
            Pattern.compile("\\beyJ[A-Za-z0-9_-]*+\\.[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+");

    /**
     * A name, optionally quoted (also with escaped quotes, {@code \"name\"}), then {@code :} or
     * {@code =} and an optional auth scheme, which is kept. Its value is read by {@link #VALUE} only
     * when the name is secret, so ordinary pairs cost no value scan and the search stays linear.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![A-Za-z0-9_-])((?:\\\\?[\"'])?)([A-Za-z][A-Za-z0-9_-]*+)\\1\\s*+[:=]\\s*+((?i:bearer|basic)\\s++)?");

    /**
     * A value: a string in escaped double quotes, double or single quotes (each also when cut off at
     * the end of the text) or a bare word up to whitespace or a delimiter.
     */
    private static final Pattern VALUE = Pattern.compile("\\\\\"(?:[^\"\\\\]++|\\\\(?!\"))*+(?:\\\\\"|$)"
            + "|\"(?:[^\"\\\\]++|\\\\.?)*+(?:\"|$)|'[^']*+(?:'|$)|[^\\s,;&\"'(){}\\[\\]<>]++");

    private static final int NAME_GROUP = 2;

    private final SecretNames secretNames;

    TextRedactor(SecretNames secretNames) {
        this.secretNames = secretNames;
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = UrlRedactor.maskUserInfo(text);
        masked = AUTH_SCHEME.matcher(masked).replaceAll("$1 " + Redactor.MASK);
        masked = JWT.matcher(masked).replaceAll(Redactor.MASK);
        return maskSecretPairs(masked);
    }

    /** Masks the values of the pairs whose name is secret; every other character is kept. */
    private String maskSecretPairs(String text) {
        Matcher name = NAME.matcher(text).useTransparentBounds(true);
        Matcher value = VALUE.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (name.find()) {
            if (secretNames.contains(name.group(NAME_GROUP)) && value.region(name.end(), text.length()).lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, name.end()).append(maskValue(value.group()));
                copied = value.end();
                name.region(copied, text.length());
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String maskValue(String value) {
        if (value.startsWith("\\\"")) {
            return "\\\"" + Redactor.MASK + "\\\"";
        }
        char first = value.charAt(0);
        return first == '"' || first == '\'' ? first + Redactor.MASK + first : Redactor.MASK;
    }
}
