package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.config.OverloadSettings;
import com.kugelpos.http.error.LoadShedException;
import com.kugelpos.http.event.LoadShedEvent;
import com.kugelpos.http.event.ShedReason;
import com.kugelpos.http.internal.resilience.AcceptRateThrottle;
import com.kugelpos.http.internal.resilience.GradientLimit;
import com.kugelpos.http.internal.resilience.PriorityAdmission;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Overload protection, below the breaker and above the connection cap (in the chain only when
 * {@link OverloadSettings} turn a part of it on): client-side throttling first (an attempt is
 * rejected with the {@link AcceptRateThrottle}'s probability; low priority with half the {@code K}),
 * then the adaptive concurrency limit ({@link GradientLimit}), admitted by priority ({@link
 * PriorityAdmission}: low priority may fill only its share of it and gives way to waiting high
 * priority; high priority over the limit waits briefly for a place). A shed attempt sends nothing: it is refused with a {@link LoadShedException} and a {@link
 * LoadShedEvent}, and the call ends with it. An attempt that went through feeds its latency and
 * whether the service was overloaded (5xx, timeout, connection failure, a {@code Retry-After}) to
 * both. Thread-safe.
 */
final class OverloadStage implements AttemptStage {

    private final ClientContext context;
    private final OverloadSettings settings;
    private final GradientLimit limit;
    private final AcceptRateThrottle throttle;
    private final PriorityAdmission admission;

    /** @param maxLimit the connection cap, the most the limit grows to */
    OverloadStage(ClientContext context, int maxLimit) {
        this.context = context;
        this.settings = context.settings().overload();
        this.limit = settings.adaptiveLimit()
                ? new GradientLimit(Math.min(settings.initialLimit(), maxLimit),
                        Math.min(settings.minLimit(), maxLimit), maxLimit)
                : null;
        this.admission = limit == null ? null
                : new PriorityAdmission(limit, settings.lowPriorityPercent(), context.time());
        this.throttle = settings.throttling() ? new AcceptRateThrottle(context.time()) : null;
    }

    /** Whether any part of overload protection is on, so that the stage belongs in the chain. */
    static boolean isOn(OverloadSettings settings) {
        return settings.adaptiveLimit() || settings.throttling();
    }

    /** The concurrency limit now, or the connection cap's when the limit does not adapt. */
    int limit() {
        return limit == null ? Integer.MAX_VALUE : limit.limit();
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        CallPriority priority = attempt.request().priority();
        if (throttle != null) {
            double k = priority == CallPriority.HIGH ? settings.throttlingK() : Math.max(1, settings.throttlingK() / 2);
            double reject = throttle.rejectProbability(k);
            if (reject > 0 && context.random().nextDouble() < reject) {
                throttle.onAttempt(false);
                return shed(attempt, priority, ShedReason.THROTTLED, limit());
            }
        }
        if (admission == null) {
            return sendMeasured(attempt, next, null);
        }
        CompletableFuture<Optional<PriorityAdmission.Place>> admitted =
                admission.admit(priority, attempt.call().deadline().remaining());
        attempt.onAbort(() -> admitted.cancel(false));
        return admitted
                .handle((place, unexpected) -> {
                    if (admitted.isCancelled()) {
                        return CompletableFuture.<AttemptResult>completedFuture(new AttemptResult.Cancelled());
                    }
                    if (place.isEmpty()) {
                        return shed(attempt, priority, ShedReason.CONCURRENCY_LIMIT, admission.allowed(priority));
                    }
                    return sendMeasured(attempt, next, place.get());
                })
                .thenCompose(Function.identity());
    }

    /** Sends the attempt, holding {@code place} (or none), to be measured on the way back. */
    private CompletableFuture<AttemptResult> sendMeasured(Attempt attempt, AttemptChain next,
            PriorityAdmission.Place place) {
        attempt.admitted(place, context.time().nanoTime());
        return next.proceedAndReturn(attempt);
    }

    /** Frees the attempt's place and feeds its latency and outcome to the limit and the throttle. */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        int inFlightAtEnd = attempt.place() == null ? 0 : attempt.place().release();
        Verdict verdict = BreakerStage.verdictOf(result);
        if (verdict == null) {
            return result;
        }
        boolean overloaded = verdict.countsAgainstInstance() || verdict.retryAfter() != null;
        if (limit != null) {
            limit.onAttempt(context.time().nanoTime() - attempt.admittedAtNanos(), overloaded, inFlightAtEnd);
        }
        if (throttle != null) {
            throttle.onAttempt(!overloaded);
        }
        return result;
    }

    private CompletableFuture<AttemptResult> shed(Attempt attempt, CallPriority priority, ShedReason reason, int at) {
        LogicalCall call = attempt.call();
        context.events().publish(new LoadShedEvent(call.description(), priority, reason, at));
        return CompletableFuture.completedFuture(new AttemptResult.Refused(
                new LoadShedException(call.description(), reason, priority, at, call.sent())));
    }
}
