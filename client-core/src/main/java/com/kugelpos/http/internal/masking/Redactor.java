package com.kugelpos.http.internal.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Masks secrets (tokens, API keys, PINs, passwords, cookies) in everything the client writes out:
 * log lines, exception messages and debug output. Every masked value becomes {@value #MASK}.
 *
 * <p>Names are matched ignoring case and the separators {@code '-'} and {@code '_'}, so
 * {@code apiKey}, {@code api_key} and {@code API-KEY} are the same name. The sensitive header names
 * also count as secret query parameters and JSON fields, so a header map dumped as JSON is masked
 * too. Defaults:
 * <ul>
 *   <li>headers: {@code Authorization}, {@code Proxy-Authorization}, {@code X-API-Key},
 *       {@code Cookie}, {@code Set-Cookie}, {@code X-New-Token};</li>
 *   <li>query parameters: {@code token}, {@code access_token}, {@code refresh_token},
 *       {@code id_token}, {@code api_key}, {@code key}, {@code password}, {@code pin},
 *       {@code staffPin}, {@code secret}, {@code signature};</li>
 *   <li>JSON fields: {@code apiKey}, {@code staffPin}, {@code pin}, {@code password},
 *       {@code token}, {@code accessToken}, {@code refreshToken}, {@code secret},
 *       {@code authorization}, {@code jwt}.</li>
 * </ul>
 * Free text ({@link #text(String)}) treats all of these names as secret.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class Redactor {

    /** What every secret value is replaced with. */
    public static final String MASK = "****";

    private static final List<String> DEFAULT_SENSITIVE_HEADERS = List.of(
            "Authorization", "Proxy-Authorization", "X-API-Key", "Cookie", "Set-Cookie", "X-New-Token");

    private static final List<String> DEFAULT_SECRET_QUERY_PARAMETERS = List.of(
            "token", "access_token", "refresh_token", "id_token", "api_key", "key", "password", "pin",
            "staffPin", "secret", "signature");

    private static final List<String> DEFAULT_SECRET_FIELDS = List.of(
            "apiKey", "staffPin", "pin", "password", "token", "accessToken", "refreshToken", "secret",
            "authorization", "jwt");

    private static final Redactor DEFAULTS = builder().build();

    private final SecretNames sensitiveHeaders;
    private final UrlRedactor urls;
    private final JsonRedactor json;
    private final TextRedactor texts;

    private Redactor(Builder builder) {
        this.sensitiveHeaders = SecretNames.of(builder.headers);
        SecretNames queryNames = SecretNames.of(builder.queryParameters).union(sensitiveHeaders);
        SecretNames fieldNames = SecretNames.of(builder.fields).union(sensitiveHeaders);
        this.urls = new UrlRedactor(queryNames);
        this.texts = new TextRedactor(queryNames.union(fieldNames));
        this.json = new JsonRedactor(fieldNames, texts);
    }

    /** The redactor with the default names; shared, immutable. */
    public static Redactor defaults() {
        return DEFAULTS;
    }

    /** A builder preset with the default names, to which more names can be added. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the header {@code name} carries a secret (case-insensitive); null is not sensitive. */
    public boolean isSensitiveHeader(String name) {
        return sensitiveHeaders.contains(name);
    }

    /**
     * The value of header {@code name} as it may be shown: {@value #MASK} for a sensitive header,
     * keeping an authorization scheme ({@code "Bearer ****"}); other values pass through
     * {@link #text(String)}, so a URL with a token in a {@code Location} header is masked too.
     *
     * @return the shown value; null if {@code value} is null
     */
    public String headerValue(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!isSensitiveHeader(name)) {
            return texts.redact(value);
        }
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        boolean hasScheme = space > 0 && name.toLowerCase(Locale.ROOT).endsWith("authorization");
        return hasScheme ? trimmed.substring(0, space) + " " + MASK : MASK;
    }

    /**
     * The URL (absolute, or a path with a query) with the values of secret query and fragment
     * parameters and any {@code user:password@} masked; every other character is kept as it was.
     *
     * @return the masked URL; null if {@code urlOrPathWithQuery} is null
     */
    public String url(String urlOrPathWithQuery) {
        return urls.redact(urlOrPathWithQuery);
    }

    /**
     * The JSON document with the value of every secret field, at any depth and of any type (string,
     * number, object, array, null), replaced by {@code "****"}. The rest is kept, re-written compactly
     * (insignificant whitespace dropped, numbers exact); other string values pass through
     * {@link #text(String)}. The document is streamed, never built as a tree. If {@code body} is not
     * complete, valid JSON (also when truncated), the result is {@link #text(String)} of it.
     *
     * @return the masked document; null if {@code body} is null
     */
    public String json(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        return json.redact(body).orElseGet(() -> texts.redact(body));
    }

    /**
     * Free text (an exception message, a non-JSON body) with secrets masked: {@code name=value},
     * {@code name: value} and {@code "name":"value"} pairs with a secret name (quoted or not),
     * {@code Bearer} and {@code Basic} credentials, JWT-looking strings ({@code eyJ….….…}) and
     * {@code user:password@} in URLs.
     *
     * @return the masked text; null if {@code anyText} is null
     */
    public String text(String anyText) {
        return texts.redact(anyText);
    }

    /**
     * {@code text} cut to at most {@code maxChars} characters followed by {@code "…(N more chars)"},
     * or {@code text} itself if it is short enough. Bounds the response text kept in exceptions.
     * Never splits a surrogate pair.
     *
     * @throws IllegalArgumentException if {@code maxChars} is negative
     */
    public static String truncate(String text, int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must be 0 or more, was " + maxChars);
        }
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int cut = maxChars > 0 && Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, cut) + "…(" + (text.length() - cut) + " more chars)";
    }

    /** Adds names to the defaults; not thread-safe, build once and share the {@link Redactor}. */
    public static final class Builder {

        private final List<String> headers = new ArrayList<>(DEFAULT_SENSITIVE_HEADERS);
        private final List<String> queryParameters = new ArrayList<>(DEFAULT_SECRET_QUERY_PARAMETERS);
        private final List<String> fields = new ArrayList<>(DEFAULT_SECRET_FIELDS);

        private Builder() {
        }

        /** Adds header names whose values are masked; they also count as query parameters and fields. */
        public Builder sensitiveHeaders(String... names) {
            headers.addAll(Arrays.asList(names));
            return this;
        }

        /** Adds query (and fragment) parameter names whose values are masked. */
        public Builder secretQueryParameters(String... names) {
            queryParameters.addAll(Arrays.asList(names));
            return this;
        }

        /** Adds JSON field names whose values are masked. */
        public Builder secretFields(String... names) {
            fields.addAll(Arrays.asList(names));
            return this;
        }

        /**
         * The immutable redactor.
         *
         * @throws IllegalArgumentException if a name is null or blank
         */
        public Redactor build() {
            return new Redactor(this);
        }
    }
}
