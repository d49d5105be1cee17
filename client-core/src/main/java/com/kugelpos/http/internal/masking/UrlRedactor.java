package com.kugelpos.http.internal.masking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Masks the user-info of URLs and the values of secret query (and fragment) parameters, keeping
 * every other character as it was. Thread-safe.
 */
final class UrlRedactor {

    /** The {@code user:password@} part after a scheme's {@code ://}. */
    static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#@\\s]+@");

    private final SecretNames secretParameters;

    UrlRedactor(SecretNames secretParameters) {
        this.secretParameters = secretParameters;
    }

    /** Replaces every {@code user:password@} in {@code text} by {@code ****@}. */
    static String maskUserInfo(String text) {
        return USER_INFO.matcher(text).replaceAll(Redactor.MASK + "@");
    }

    String redact(String url) {
        if (url == null) {
            return null;
        }
        String text = maskUserInfo(url);
        int hash = text.indexOf('#');
        int question = text.indexOf('?');
        if (hash >= 0 && question > hash) {
            question = -1;
        }
        if (question < 0 && hash < 0) {
            return text;
        }
        int queryEnd = hash >= 0 ? hash : text.length();
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, question >= 0 ? question : queryEnd);
        if (question >= 0) {
            out.append('?');
            appendMaskedPairs(text, question + 1, queryEnd, out);
        }
        if (hash >= 0) {
            out.append('#');
            appendMaskedPairs(text, hash + 1, text.length(), out);
        }
        return out.toString();
    }

    private void appendMaskedPairs(String text, int start, int end, StringBuilder out) {
        int pairStart = start;
        while (pairStart <= end) {
            int ampersand = text.indexOf('&', pairStart);
            int pairEnd = ampersand < 0 || ampersand > end ? end : ampersand;
            int equals = text.indexOf('=', pairStart);
            if (equals >= 0 && equals < pairEnd && isSecret(text.substring(pairStart, equals))) {
                out.append(text, pairStart, equals + 1).append(Redactor.MASK);
            } else {
                out.append(text, pairStart, pairEnd);
            }
            if (pairEnd < end) {
                out.append('&');
            }
            pairStart = pairEnd + 1;
        }
    }

    private boolean isSecret(String rawName) {
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            name = rawName;
        }
        return secretParameters.contains(name);
    }
}
