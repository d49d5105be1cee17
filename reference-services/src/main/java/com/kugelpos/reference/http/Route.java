package com.kugelpos.reference.http;

import com.kugelpos.reference.auth.AuthPolicy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One endpoint: method, path template, who may call it, whether it honours
 * {@code Idempotency-Key}, whether it is counted in the request statistics, and its handler.
 * Immutable; built with {@link #get}, {@link #post} etc.
 */
public final class Route {

    private final String method;
    private final PathTemplate template;
    private final AuthPolicy auth;
    private final boolean idempotent;
    private final boolean counted;
    private final RouteHandler handler;

    private Route(Builder builder, RouteHandler handler) {
        this.method = builder.method;
        this.template = new PathTemplate(builder.template);
        this.auth = builder.auth;
        this.idempotent = builder.idempotent;
        this.counted = builder.counted;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Starts a GET route. */
    public static Builder get(String template) {
        return new Builder("GET", template);
    }

    /** Starts a POST route. */
    public static Builder post(String template) {
        return new Builder("POST", template);
    }

    /** Starts a DELETE route. */
    public static Builder delete(String template) {
        return new Builder("DELETE", template);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template, e.g. {@code /api/v1/terminals/{terminal_id}}. */
    public String template() {
        return template.toString();
    }

    /** {@code "METHOD template"}, the key of this route in the statistics. */
    public String key() {
        return method + " " + template;
    }

    /** Who may call this route. */
    public AuthPolicy auth() {
        return auth;
    }

    /** Whether a repeated {@code Idempotency-Key} replays the stored response. */
    public boolean idempotent() {
        return idempotent;
    }

    /** Whether requests to this route appear in the request statistics (admin routes do not). */
    public boolean counted() {
        return counted;
    }

    /** The handler. */
    public RouteHandler handler() {
        return handler;
    }

    PathTemplate pathTemplate() {
        return template;
    }

    @Override
    public String toString() {
        return key();
    }

    /** Collects a route's settings; {@link #handle} or {@link #sync} builds it. */
    public static final class Builder {

        private final String method;
        private final String template;
        private AuthPolicy auth = AuthPolicy.none();
        private boolean idempotent;
        private boolean counted = true;

        private Builder(String method, String template) {
            this.method = method;
            this.template = template;
        }

        /** Who may call the route; without this call the route needs no credentials. */
        public Builder auth(AuthPolicy policy) {
            this.auth = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Honour {@code Idempotency-Key}: same key, same stored response, no second record. */
        public Builder idempotent() {
            this.idempotent = true;
            return this;
        }

        /** Leave the route out of the request statistics. */
        public Builder uncounted() {
            this.counted = false;
            return this;
        }

        /** Builds the route with a handler that may complete later. */
        public Route handle(RouteHandler handler) {
            return new Route(this, handler);
        }

        /** Builds the route with a handler that answers at once. */
        public Route sync(Function<ApiRequest, ApiResponse> handler) {
            Objects.requireNonNull(handler, "handler");
            return new Route(this, request -> CompletableFuture.completedFuture(handler.apply(request)));
        }
    }
}
