package com.kugelpos.http;

import com.kugelpos.http.auth.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one call adds to its service client's defaults: path parameters, query, headers,
 * credentials, an idempotency key, a deadline and a priority. Immutable and thread-safe; build with {@link
 * #builder()}. An options object may be reused for many calls: {@link Builder#newIdempotencyKey()}
 * makes a fresh key for each call, the same for all attempts of that call.
 */
public final class RequestOptions {

    /** The header that lets a non-idempotent request be retried safely. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final RequestOptions NONE = builder().build();

    private final List<String> pathParams;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final Credentials credentials;
    private final String idempotencyKey;
    private final boolean newIdempotencyKey;
    private final Duration timeout;
    private final CallPriority priority;

    private RequestOptions(Builder builder) {
        this.pathParams = List.copyOf(builder.pathParams);
        this.query = List.copyOf(builder.query);
        this.headers = Map.copyOf(builder.headers);
        this.credentials = builder.credentials;
        this.idempotencyKey = builder.idempotencyKey;
        this.newIdempotencyKey = builder.newIdempotencyKey;
        this.timeout = builder.timeout;
        this.priority = builder.priority;
    }

    /** No options: the client's defaults. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A builder of options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Values for the path template's {@code {name}} placeholders, in order. */
    public List<String> pathParams() {
        return pathParams;
    }

    /** Query parameters in order; values are encoded when the URL is built. */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** Extra headers for this call. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Credentials for this call, or empty to use the client's. */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** A fixed idempotency key, if one was set. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Whether each call with these options gets a fresh idempotency key. */
    public boolean generatesIdempotencyKey() {
        return newIdempotencyKey;
    }

    /** The call's overall deadline, or empty to use the settings' {@code callTimeout}. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** How important the call is under overload; {@link CallPriority#HIGH} unless set. */
    public CallPriority priority() {
        return priority;
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private final List<String> pathParams = new ArrayList<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Credentials credentials;
        private String idempotencyKey;
        private boolean newIdempotencyKey;
        private Duration timeout;
        private CallPriority priority = CallPriority.HIGH;

        private Builder() {}

        /** Values for the path template's placeholders, in order (converted with {@code toString}). */
        public Builder pathParams(Object... values) {
            for (Object value : values) {
                pathParams.add(String.valueOf(Objects.requireNonNull(value, "path parameter")));
            }
            return this;
        }

        /** Adds a query parameter; a repeated name adds another value. */
        public Builder query(String name, Object value) {
            query.add(Map.entry(requireToken(name, "query parameter name"), String.valueOf(value)));
            return this;
        }

        /** Sets a header for this call. */
        public Builder header(String name, String value) {
            headers.put(requireToken(name, "header name"), requireHeaderValue(name, value));
            return this;
        }

        /** Credentials for this call instead of the client's. */
        public Builder credentials(Credentials value) {
            credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /** A fixed idempotency key: use one key per logical operation (e.g. per sale). */
        public Builder idempotencyKey(String key) {
            idempotencyKey = requireHeaderValue(IDEMPOTENCY_KEY_HEADER, key);
            newIdempotencyKey = false;
            return this;
        }

        /** A fresh random key for each call made with these options, the same on all its attempts. */
        public Builder newIdempotencyKey() {
            newIdempotencyKey = true;
            idempotencyKey = null;
            return this;
        }

        /** The call's overall deadline instead of the settings' {@code callTimeout}. */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("A call timeout must be positive, but was " + value);
            }
            timeout = value;
            return this;
        }

        /** How important the call is when its service is overloaded (low priority calls are shed first). */
        public Builder priority(CallPriority value) {
            priority = Objects.requireNonNull(value, "priority");
            return this;
        }

        /** The options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static String requireToken(String name, String what) {
            if (name == null || name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c > 126)) {
                throw new IllegalArgumentException("Invalid " + what + " '" + name + "': use printable ASCII without spaces or ':'");
            }
            return name;
        }

        private static String requireHeaderValue(String name, String value) {
            if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("The value of header '" + name + "' must be non-null without CR or LF");
            }
            return value;
        }
    }
}
