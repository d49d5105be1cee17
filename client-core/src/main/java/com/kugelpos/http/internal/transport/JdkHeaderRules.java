package com.kugelpos.http.internal.transport;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the JDK client refuses in a request header, checked without quoting the value (which may be
 * a credential): a name that is not an HTTP token (RFC 9110), a value with a control character
 * other than a tab, and the headers the JDK sets itself ({@code Connection}, {@code Content-Length},
 * {@code Expect}, {@code Host}, {@code Upgrade}) unless the system property {@code
 * jdk.httpclient.allowRestrictedHeaders} allows them. The JDK checks again when it sends, so rules
 * a later JDK adds still hold. Immutable and thread-safe.
 */
final class JdkHeaderRules {

    /** The JDK's property that lets callers set some of the restricted headers (names, comma-separated). */
    static final String ALLOW_RESTRICTED_PROPERTY = "jdk.httpclient.allowRestrictedHeaders";

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final Set<String> restricted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    /** @param allowedRestricted the property's value: restricted names the caller may set, or null for none */
    JdkHeaderRules(String allowedRestricted) {
        restricted.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
        if (allowedRestricted != null) {
            Arrays.asList(allowedRestricted.trim().split(",")).forEach(restricted::remove);
        }
    }

    /** The rules under this JVM's {@value #ALLOW_RESTRICTED_PROPERTY}, read now. */
    static JdkHeaderRules ofSystemProperties() {
        return new JdkHeaderRules(System.getProperty(ALLOW_RESTRICTED_PROPERTY));
    }

    /** @throws IllegalArgumentException naming the header, and what is wrong with it, never its value */
    void check(String name, String value) {
        if (!isToken(name)) {
            throw new IllegalArgumentException("Invalid header name '" + name.replaceAll("\\p{Cntrl}", "?")
                    + "': use letters, digits and !#$%&'*+-.^_`|~ only");
        }
        if (restricted.contains(name)) {
            throw new IllegalArgumentException("The header " + name + " is set by the JDK client itself; callers"
                    + " may not set it (unless -D" + ALLOW_RESTRICTED_PROPERTY + " names it)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 255 || c < ' ' && c != '\t' || c == 127) {
                throw new IllegalArgumentException("The value of header " + name + " has a character the JDK"
                        + " client does not send (U+" + String.format("%04X", (int) c) + " at index " + i
                        + "); only tabs, printable ASCII and Latin-1 are allowed");
            }
        }
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean isTokenChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }
}
