package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.Deadline;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.RetryDeniedEvent;
import com.kugelpos.http.event.RetryEvent;
import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call: its attempts through the service's attempt chain, and after each the decision
 * whether to retry, read from the attempt's {@link Verdict}: how long to back off (exponential with
 * jitter, or the response's {@code Retry-After}), whether the retry budget allows it, and whether it
 * fits in the call's deadline. The first attempt starts on the caller's thread; retries start on the
 * clock's scheduler (or the I/O executor when due at once). A retry after a connection that was
 * never sent goes at once when the call has an instance left that it has not tried. The call's
 * future completes with the response, or with the {@link HttpClientError} the call ends with.
 *
 * <p>When the call ends it reports its outcome (the last attempt's verdict) to the breaker permit it
 * holds, if any (see {@link BreakerStage}). Cancelling the call's future aborts the attempt under way
 * (the stages register what to abort with {@link #onCancel(Runnable)}), cancels a scheduled retry and
 * reports no outcome: the breaker permit is released, as neither success nor failure.
 */
final class LogicalCall {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    private final ServiceChannel channel;
    private final PreparedRequest request;
    private final CallDescription call;
    private final Deadline deadline;
    private final TraceContext trace;
    private final CallEndReport report;
    private final Set<Endpoint> tried = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final CompletableFuture<ServiceResponse> result = new CompletableFuture<>();
    private int attempts;
    /** The failure of the attempt before a retry, so a retry refused by the breaker ends with it. */
    private HttpClientError lastFailure;
    /** The verdict of the last attempt that reached the transport; what the call's outcome counts as. */
    private volatile Verdict lastVerdict;
    private final HeldPermit permit = new HeldPermit();
    private volatile Future<?> pendingRetry;

    /** @param trace the trace the call joins; each attempt is a new span of it */
    LogicalCall(ServiceChannel channel, PreparedRequest request, Duration budget, TraceContext trace) {
        this.channel = channel;
        this.request = request;
        this.call = request.describe(channel.service());
        this.deadline = Deadline.after(budget, channel.context().time());
        this.trace = trace;
        this.report = new CallEndReport(channel.context(), call, trace);
    }

    /** Starts the first attempt and returns the call's future. */
    CompletableFuture<ServiceResponse> run() {
        channel.retryBudget().recordCall();
        onCancel(this::cancelled);
        attemptNext();
        return result;
    }

    /** Runs {@code abort} if and when the call's future is cancelled (at once if it already is). */
    void onCancel(Runnable abort) {
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                abort.run();
            }
        });
    }

    /** The breaker permit this call holds for its outcome, or null. */
    CircuitBreaker.Permit breakerPermit() {
        return permit.get();
    }

    /** Keeps {@code permit} to report the call's outcome to when it ends (at once if it was cancelled). */
    void holdBreakerPermit(CircuitBreaker.Permit permit) {
        this.permit.hold(permit);
        if (result.isCancelled()) {
            this.permit.release(null);
        }
    }

    PreparedRequest request() {
        return request;
    }

    CallDescription description() {
        return call;
    }

    Deadline deadline() {
        return deadline;
    }

    TraceContext trace() {
        return trace;
    }

    /** The instances this call's attempts went to. */
    Set<Endpoint> tried() {
        return tried;
    }

    /** Attempts handed to the transport so far. */
    int sent() {
        return sent.get();
    }

    void sending(TransportRequest wire) {
        sent.incrementAndGet();
        channel.context().requestLogger().debugRequest(request.method().name(), wire.uri().toString(),
                wire.headers().map(), request.body(), request.body() == null ? null : PreparedRequest.JSON);
    }

    private void attemptNext() {
        if (result.isDone()) {
            return;
        }
        int number = ++attempts;
        if (deadline.isExpired()) {
            finish(null, new DeadlineExceededException(call, deadline.budget(), sent(), null));
            return;
        }
        Attempt attempt = new Attempt(this, number);
        channel.chain().proceed(attempt).whenComplete((outcome, unexpected) -> {
            if (unexpected != null) {
                finish(null, CompletionCauses.unwrap(unexpected));
            } else {
                decide(number, outcome);
            }
        });
    }

    private void decide(int number, AttemptResult outcome) {
        Verdict verdict = BreakerStage.verdictOf(outcome);
        if (verdict != null) {
            lastVerdict = verdict;
        }
        if (result.isDone()) {
            return;
        }
        if (outcome instanceof AttemptResult.Refused refused) {
            HttpClientError earlier = lastFailure;
            if (earlier != null && refused.error() instanceof CircuitBreakerOpenException) {
                earlier.addSuppressed(refused.error());
                finish(null, earlier);
            } else {
                finish(null, refused.error());
            }
        } else if (outcome instanceof AttemptResult.Answered answered) {
            if (!answered.verdict().isFailure()) {
                finish(new ServiceResponse(call, answered.response().status(), answered.response().headers(),
                        answered.response().body(), channel.context().mapper()), null);
                return;
            }
            HttpClientError failure = new HttpClientError(call, answered.response().status(),
                    ErrorText.of(answered.response(), channel.context()), sent());
            retryOrFinish(number, answered.verdict(), failure);
        } else if (outcome instanceof AttemptResult.Failed failed) {
            HttpClientError failure = new ConnectionFailureException(call, failed.verdict().reason(), sent(), failed.cause());
            if (deadline.isExpired()) {
                finish(null, new DeadlineExceededException(call, deadline.budget(), sent(), failure));
                return;
            }
            retryOrFinish(number, failed.verdict(), failure);
        }
    }

    private void retryOrFinish(int number, Verdict verdict, HttpClientError failure) {
        if (!verdict.retryable() || number >= channel.context().settings().retry().attempts()) {
            finish(null, failure);
            return;
        }
        Duration delay = verdict.requestedDelay().orElseGet(() -> backoffBefore(number, verdict));
        if (delay.compareTo(deadline.remaining()) >= 0) {
            finish(null, failure);
            return;
        }
        if (!channel.retryBudget().tryAcquireRetry()) {
            LOG.debug("Retry budget of {} spent: {} ends after attempt {} ({})", channel.service(), call, number,
                    verdict.reason());
            channel.context().events().publish(new RetryDeniedEvent(call, number + 1, verdict.reason()));
            finish(null, failure);
            return;
        }
        channel.context().events().publish(new RetryEvent(call, number + 1, delay, verdict.reason()));
        lastFailure = failure;
        if (delay.isZero()) {
            channel.context().executor().execute(this::attemptNext);
        } else {
            pendingRetry = channel.context().time().schedule(this::attemptNext, delay);
        }
    }

    /** No backoff after a connection that was never sent when another instance is left to try. */
    private Duration backoffBefore(int number, Verdict verdict) {
        if (verdict.outcome() == AttemptOutcome.NOT_SENT && channel.endpointSet().hasUntried(tried)) {
            return Duration.ZERO;
        }
        return channel.backoff().delayBefore(number, channel.context().jitter().getAsDouble());
    }

    /** The call's future was cancelled: no further attempt, the permit back, the end published. */
    private void cancelled() {
        Future<?> retry = pendingRetry;
        if (retry != null) {
            retry.cancel(false);
        }
        permit.release(null);
        report.cancelled(sent());
    }

    private void finish(ServiceResponse response, Throwable failure) {
        if (result.isDone()) {
            return;
        }
        permit.release(lastVerdict);
        report.ended(sent(), failure);
        if (failure == null) {
            result.complete(response);
        } else {
            result.completeExceptionally(failure);
        }
    }
}
