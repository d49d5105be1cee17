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

    /** Whether {@code value} has only characters that stand for themselves, so encoding is a copy. */
    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '*';
            if (!plain) {
                return false;
            }
        }
        return true;
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
