package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.internal.logging.HttpRequestLogger;
import com.kugelpos.http.spi.TransportResponse;
import com.kugelpos.http.tracing.TraceScope;
import java.util.concurrent.CompletableFuture;

/**
 * Events and logging: after each attempt that reached the transport, the specification's INFO line
 * ({@code HTTP GET <masked url> - 200 (12ms)}), the response at DEBUG in debug mode, and an {@link
 * AttemptEvent}, all within the attempt's trace span. Below the breaker and the connection cap, so
 * an attempt is reported before the breaker reacts to it (a timeline shows the third failure, then
 * the breaker opening), and above the stages that decide the outcome; refused attempts sent nothing
 * and are not reported here (the call's event names the refusal).
 */
final class AttemptEventsStage implements AttemptStage {

    private final ClientContext context;

    AttemptEventsStage(ClientContext context) {
        this.context = context;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        return next.proceedAndReturn(attempt);
    }

    /** Reports the attempt, unless a stage below refused it or the stages failed with an exception. */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        boolean lineWritten = context.requestLogger().isEnabled();
        if (result != null && !(result instanceof AttemptResult.Refused) && (lineWritten || context.events().isActive())) {
            try (TraceScope logged = TraceScopes.currentIf(lineWritten || context.events().needsTrace(),
                    attempt.span())) {
                report(attempt, result);
            }
        }
        return result;
    }

    private void report(Attempt attempt, AttemptResult result) {
        HttpRequestLogger log = context.requestLogger();
        String method = attempt.request().method().name();
        long millis = attempt.duration().toMillis();
        if (result instanceof AttemptResult.Answered answered) {
            TransportResponse response = answered.response();
            log.completed(method, attempt.uri().toString(), response.status(), millis);
            if (context.events().isActive()) {
                context.events().publish(new AttemptEvent(attempt.call().description(), attempt.number(),
                        attempt.endpoint().uri(), response.status(), answered.verdict().outcome(), null,
                        attempt.duration()));
            }
            if (log.isDebug()) {
                log.debugResponse(response.status(), response.headers().map(), response.body(),
                        response.header("content-type"));
            }
        } else if (result instanceof AttemptResult.Failed failed) {
            reportFailure(attempt, failed.verdict().outcome(), failed.verdict().reason());
        } else {
            String reason = attempt.abortReason();
            reportFailure(attempt, AttemptOutcome.CANCELLED, reason == null ? LogicalCall.CANCELLED_BY_CALLER : reason);
        }
    }

    private void reportFailure(Attempt attempt, AttemptOutcome outcome, String reason) {
        context.requestLogger().failed(attempt.request().method().name(), attempt.uri().toString(), reason,
                attempt.duration().toMillis());
        if (context.events().isActive()) {
            context.events().publish(new AttemptEvent(attempt.call().description(), attempt.number(),
                    attempt.endpoint().uri(), 0, outcome, reason, attempt.duration()));
        }
    }
}
