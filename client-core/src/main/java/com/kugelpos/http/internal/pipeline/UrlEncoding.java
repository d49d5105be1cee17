package com.kugelpos.http.internal.pipeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Percent-encoding of path segments and query parameters (UTF-8, a space as {@code %20}). */
final class UrlEncoding {

    private UrlEncoding() {}

    /** {@code value} encoded to stand as one path segment or one query name or value. */
    static String encode(String value) {
        return isUnreserved(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The length of {@code encode(value)}, counted without encoding: each byte of a character's UTF-8 form as {@code %XX}. */
    static int encodedLength(String value) {
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isUnreserved(c)) {
                length++;
            } else if (c < 0x80) {
                length += 3;
            } else if (c < 0x800) {
                length += 6;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                length += 12;
                i++;
            } else {
                length += Character.isSurrogate(c) ? 3 : 9;
            }
        }
        return length;
    }

    /** Whether {@code value} has only characters that stand for themselves, so encoding is a copy. */
    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} stands for itself in an encoded value. */
    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '*';
    }

    /** The length of what {@link #appendQuery} appends for {@code query}. */
    static int queryLength(List<Map.Entry<String, String>> query) {
        int length = 0;
        for (Map.Entry<String, String> parameter : query) {
            length += 2 + encodedLength(parameter.getKey()) + encodedLength(parameter.getValue());
        }
        return length;
    }

    /** Appends {@code ?a=1&b=2} for the parameters in order to {@code target}, each encoded; nothing for none. */
    static StringBuilder appendQuery(StringBuilder target, List<Map.Entry<String, String>> query) {
        char separator = '?';
        for (Map.Entry<String, String> parameter : query) {
            target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return target;
    }
}
