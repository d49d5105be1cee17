package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.Deadline;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * The attempt's headers and time bound. The bound is the attempt bound (response timeout, plus the
 * write timeout with a body) cut to what is left of the call's deadline; with nothing left the
 * attempt is refused with a {@link DeadlineExceededException}. Headers, each set over the ones
 * before: {@code User-Agent}, {@code Accept}, {@code Content-Type} with a body; the caller's own;
 * the credentials' (asked on every attempt, so a refreshed token is used); the {@code
 * Idempotency-Key}; then the attempt's own: the deadline left ({@value Deadline#HEADER}, whole
 * milliseconds, at least 1) and a {@code traceparent} with a new span of the call's trace.
 */
final class AttemptHeadersStage implements AttemptStage {

    /** The values that are the same on every attempt, each made once as the one-value list a header holds. */
    private static final List<String> JSON = List.of(PreparedRequest.JSON);

    private final ClientContext context;
    private final LongSupplier spanIds;
    private final List<String> userAgent;

    AttemptHeadersStage(ClientContext context) {
        this.context = context;
        this.spanIds = context.random()::nextLong;
        this.userAgent = List.of(context.settings().request().userAgent());
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        LogicalCall call = attempt.call();
        PreparedRequest request = attempt.request();
        Duration remaining = call.deadline().remaining();
        Duration limit = request.attemptBound(context.settings());
        Duration bound = limit.compareTo(remaining) <= 0 ? limit : remaining;
        if (bound.isZero()) {
            return CompletableFuture.completedFuture(new AttemptResult.Refused(new DeadlineExceededException(
                    call.description(), call.deadline().budget(), call.sent(), null)));
        }
        attempt.bound(bound);
        AttemptHeaders headers = attempt.headers();
        headers.set("User-Agent", userAgent);
        headers.set("Accept", JSON);
        if (request.body() != null) {
            headers.set("Content-Type", JSON);
        }
        request.headers().forEach(headers::set);
        request.credentials().headers().forEach(headers::set);
        request.idempotencyKey().ifPresent(key -> headers.set(RequestOptions.IDEMPOTENCY_KEY_HEADER, key));
        TraceContext span = call.trace().newSpan(spanIds);
        attempt.span(span);
        headers.set(Deadline.HEADER, Long.toString(Math.max(1, bound.toMillis())));
        headers.set(TraceContext.HEADER, span.traceparent());
        return next.proceed(attempt);
    }
}
