package com.kugelpos.reference.http;

import com.kugelpos.http.tracing.TraceContext;
import com.kugelpos.reference.auth.Authenticator;
import com.kugelpos.reference.auth.Principal;
import com.kugelpos.reference.idempotency.IdempotencyStore;
import com.kugelpos.reference.stats.ServerStats;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a request between the wire and the route handler: routing (404/405), the
 * server's capacity limit (when set, see {@link ServiceCapacity}), an artificial behaviour, a body
 * failure (413), authentication (401/400), idempotency, the handler,
 * mapping of failures to error envelopes, and counting in the statistics. Free of Jetty, so it is
 * tested directly. Thread-safe.
 */
public final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final Router router;
    private final Authenticator authenticator;
    private final IdempotencyStore idempotency;
    private final Behaviours behaviours;
    private final ServiceCapacity capacity;
    private final ServerStats stats;
    private final Delayer delayer;

    /**
     * @param router the service's routes
     * @param authenticator checks credentials and tenants
     * @param idempotency stored responses by {@code Idempotency-Key}
     * @param behaviours artificial delays and forced statuses
     * @param capacity how many requests the server serves at once, and for how long each
     * @param stats where answered requests are counted
     * @param delayer schedules artificial delays
     */
    public RequestPipeline(
            Router router,
            Authenticator authenticator,
            IdempotencyStore idempotency,
            Behaviours behaviours,
            ServiceCapacity capacity,
            ServerStats stats,
            Delayer delayer) {
        this.router = Objects.requireNonNull(router, "router");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.behaviours = Objects.requireNonNull(behaviours, "behaviours");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
    }

    /**
     * Handles one request; never completes exceptionally.
     *
     * @param request the request as read from the wire (no path parameters yet)
     * @param bodyFailure why the body could not be read (e.g. 413), or {@code null}
     */
    public CompletionStage<ApiResponse> handle(ApiRequest request, ApiException bodyFailure) {
        Router.Lookup lookup = router.lookup(request.method(), request.path());
        boolean counted = !lookup.found() || lookup.route().counted();
        String routeKey = lookup.found() ? lookup.route().key() : request.method() + " (unmatched)";
        Optional<BehaviourRule> behaviour =
                lookup.found() && counted ? behaviours.claim(request.method(), request.path()) : Optional.empty();
        CompletionStage<Void> served = lookup.found() && counted
                ? capacity.serve(() -> request.deadline().map(deadline -> !deadline.isExpired()).orElse(true))
                : CompletableFuture.completedFuture(null);
        CompletionStage<Void> start = behaviour.isPresent() && !behaviour.get().delay().isZero()
                ? served.thenCompose(ignored -> delayer.after(behaviour.get().delay()))
                : served;
        return start.thenCompose(ignored -> Stages.call(() -> dispatch(lookup, request, bodyFailure, behaviour)))
                .handle((response, failure) -> {
                    ApiResponse answer = failure == null ? response : toError(failure, request);
                    if (answer.status() == 405) {
                        answer = answer.withHeader("Allow", String.join(", ", lookup.allowedMethods()));
                    }
                    if (behaviour.isPresent() && behaviour.get().retryAfterSeconds() > 0) {
                        answer = answer.withHeader("Retry-After", String.valueOf(behaviour.get().retryAfterSeconds()));
                    }
                    if (counted) {
                        stats.countRequest(routeKey, answer.status(), request.header(TraceContext.HEADER).orElse(null));
                    }
                    return answer;
                });
    }

    private CompletionStage<ApiResponse> dispatch(
            Router.Lookup lookup, ApiRequest request, ApiException bodyFailure, Optional<BehaviourRule> behaviour) {
        if (!lookup.found()) {
            throw lookup.failure(request.method(), request.path());
        }
        if (behaviour.isPresent() && behaviour.get().forcedStatus() != 0) {
            int status = behaviour.get().forcedStatus();
            throw new ApiException(status, ErrorCodes.FORCED, "status " + status + " forced by /_admin/behaviour");
        }
        if (bodyFailure != null) {
            throw bodyFailure;
        }
        if (request.deadline().isPresent() && request.deadline().get().isExpired()) {
            throw new ApiException(504, ErrorCodes.UPSTREAM_TIMEOUT,
                    "The caller's deadline (X-Request-Deadline-Ms) passed before the request was handled");
        }
        Route route = lookup.route();
        ApiRequest routed = request.withPathParams(lookup.pathParams());
        return authenticator.authenticate(routed, route.auth()).thenCompose(authed -> invoke(route, authed));
    }

    private CompletionStage<ApiResponse> invoke(Route route, ApiRequest request) {
        Optional<String> key = request.header("Idempotency-Key").filter(k -> !k.isBlank());
        if (!route.idempotent() || key.isEmpty()) {
            return Stages.call(() -> route.handler().handle(request));
        }
        Principal caller = request.principal();
        String scopedKey = (caller == null ? "-" : caller.tenantId()) + "|" + key.get();
        return idempotency.execute(scopedKey, fingerprint(request), () -> route.handler().handle(request));
    }

    private static String fingerprint(ApiRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.method() + " " + request.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(request.body());
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ApiResponse toError(Throwable failure, ApiRequest request) {
        Throwable cause = Stages.unwrap(failure);
        if (cause instanceof ApiException apiException) {
            return ApiResponse.error(apiException);
        }
        LOG.warn("Unexpected failure handling {}: {}", request, cause.getClass().getName(), cause);
        return ApiResponse.error(new ApiException(
                500, ErrorCodes.INTERNAL, "internal error (" + cause.getClass().getSimpleName() + "); see the server log"));
    }
}
