package com.kugelpos.http.auth;

/** Checks that a secret can be sent as an HTTP header value, without ever quoting the secret. */
final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * What is wrong with {@code value} as a header value, as the end of a sentence
     * ("The bearer token …"), or null if nothing is. The description never contains the value.
     */
    static String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "is null or blank; check that the token or key was issued and configured";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "contains a line break (CR or LF), which would inject headers; strip the trailing"
                        + " newline where it is read (file, environment variable)";
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return "contains the control character U+" + String.format("%04X", (int) c)
                        + " at index " + i + ", which is not allowed in a header value";
            }
        }
        return null;
    }
}
