package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.Deadline;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.HedgeEvent;
import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call: its attempts through the service's attempt chain, and after each failed one the
 * service's {@link RetryDecision} (whether to retry and after how long). The first attempt starts on
 * the caller's thread; retries start on the clock's scheduler (or the I/O executor when due at
 * once). The call's future completes with the response, or with the {@link HttpClientError} the
 * call ends with.
 *
 * <p>With {@link Hedging} on, an idempotent call whose attempt has not answered after the hedging
 * delay gets a second attempt in parallel (a hedge, one of its attempts) on a usable instance it has
 * not tried, if the breaker is CLOSED, the deadline leaves time and the retry budget grants a retry.
 * The first attempt that answers with success ends the call and the other is aborted; a failure
 * while the other is still under way waits for it, and the retry decision follows the last one.
 *
 * <p>When the call ends it reports its outcome (the last attempt's verdict) to the breaker permit it
 * holds, if any (see {@link BreakerStage}). Cancelling the call's future aborts the attempts under
 * way (the stages register what to abort with {@link Attempt#onAbort(Runnable)}), cancels a
 * scheduled retry or hedge and reports no outcome: the breaker permit is released, as neither
 * success nor failure. Thread-safe: attempts end on I/O threads, a hedge on the timer.
 */
final class LogicalCall {

    /** Why an attempt of a cancelled call was aborted. */
    static final String CANCELLED_BY_CALLER = "cancelled by the caller";

    /** Why the slower of a hedged call's two attempts was aborted. */
    static final String LOST_TO_HEDGE = "another attempt of the call answered first";

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    private static final AtomicIntegerFieldUpdater<LogicalCall> FINISHING =
            AtomicIntegerFieldUpdater.newUpdater(LogicalCall.class, "finishing");
    private static final AtomicIntegerFieldUpdater<LogicalCall> SENT =
            AtomicIntegerFieldUpdater.newUpdater(LogicalCall.class, "sent");

    private final ServiceChannel channel;
    private final PreparedRequest request;
    private final CallDescription call;
    private final Deadline deadline;
    private final TraceContext trace;
    private final CallEndReport report;
    private final TriedEndpoints tried = new TriedEndpoints();
    /** Attempts handed to the transport; counted through {@link #SENT}. */
    private volatile int sent;
    /** 1 once an attempt ends the call (two that succeed at once race for it); set through {@link #FINISHING}. */
    private volatile int finishing;
    private final CallFuture result = new CallFuture(this);
    /** Attempts started; guarded by this. */
    private int attempts;
    /** The failure of the attempt before a retry, so a retry refused by the breaker ends with it. */
    private volatile HttpClientError lastFailure;
    /** The verdict of the last attempt that reached the transport; what the call's outcome counts as. */
    private volatile Verdict lastVerdict;
    private final HeldPermit permit = new HeldPermit();
    private volatile Future<?> pendingRetry;
    private volatile Future<?> pendingHedge;
    /** The first or retried attempt under way, or null; guarded by this. */
    private Attempt primary;
    /** The hedge under way, or null; guarded by this. */
    private Attempt hedge;

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
        attemptNext();
        return result;
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
        return sent;
    }

    void sending(TransportRequest wire) {
        SENT.incrementAndGet(this);
        channel.context().requestLogger().debugRequest(request.method().name(), wire.uri().toString(),
                wire.headerMap(), request.body(), request.body() == null ? null : PreparedRequest.JSON);
    }

    /** Starts the first attempt, or a retry. */
    private void attemptNext() {
        start(false, null);
    }

    /**
     * Starts an attempt; a hedge only while the primary attempt {@code of} is still under way.
     *
     * @param of for a hedge, the attempt it hedges
     */
    private void start(boolean isHedge, Attempt of) {
        Attempt attempt;
        synchronized (this) {
            if (result.isDone() || (isHedge && (primary != of || hedge != null))) {
                return;
            }
            int number = ++attempts;
            if (deadline.isExpired()) {
                finish(null, new DeadlineExceededException(call, deadline.budget(), sent(), null));
                return;
            }
            attempt = new Attempt(this, number, channel.chain());
            if (isHedge) {
                hedge = attempt;
            } else {
                primary = attempt;
            }
        }
        if (!isHedge) {
            scheduleHedge(attempt);
        }
        channel.chain().proceed(attempt).whenComplete(attempt);
    }

    /** Schedules a hedge of {@code attempt} after the hedging delay, when the call may be hedged. */
    private void scheduleHedge(Attempt attempt) {
        Hedging hedging = channel.hedging();
        if (hedging != null) {
            hedging.delayFor(request, attempt.number(), deadline.remaining()).ifPresent(delay ->
                    pendingHedge = channel.context().time().schedule(() -> hedge(attempt, delay), delay));
        }
    }

    /** Sends a hedge of {@code attempt}, still under way after {@code delay}, if everything allows it. */
    private void hedge(Attempt attempt, Duration delay) {
        synchronized (this) {
            if (result.isDone() || primary != attempt || hedge != null) {
                return;
            }
        }
        if (!channel.hedging().mayHedgeNow(channel, tried, deadline)) {
            LOG.debug("{}: attempt {} not hedged after {} ms (breaker {}, no other usable instance, deadline or"
                    + " retry budget)", call, attempt.number(), delay.toMillis(), channel.breaker().state());
            return;
        }
        channel.context().events().publish(new HedgeEvent(call, attempt.number() + 1, delay));
        start(true, attempt);
    }

    /**
     * An attempt came back. With the call's other attempt still under way, a success ends the call
     * and aborts the other; anything else waits for the other. Otherwise the retry decision follows.
     */
    void ended(Attempt attempt, AttemptResult outcome, Throwable unexpected) {
        Attempt other;
        synchronized (this) {
            other = attempt == primary ? hedge : primary;
            if (attempt == primary) {
                primary = null;
                cancel(pendingHedge);
            } else if (attempt == hedge) {
                hedge = null;
            }
            if (channel.hedging() != null) {
                channel.hedging().record(attempt, outcome);
            }
            boolean succeeded = outcome instanceof AttemptResult.Answered answered && !answered.verdict().isFailure();
            if (other != null && unexpected == null && !succeeded) {
                keepFailure(outcome);
                return;
            }
        }
        if (other != null) {
            other.abort(LOST_TO_HEDGE);
        }
        if (unexpected != null) {
            finish(null, CompletionCauses.unwrap(unexpected));
        } else {
            decide(attempt.number(), outcome);
        }
    }

    /** Keeps the verdict and error of an attempt that failed while the other is under way. */
    private void keepFailure(AttemptResult outcome) {
        Verdict verdict = BreakerStage.verdictOf(outcome);
        if (verdict != null) {
            lastVerdict = verdict;
        }
        HttpClientError failure = failureOf(outcome);
        if (failure != null) {
            lastFailure = failure;
        }
    }

    /** The error an attempt that reached the transport and failed would end the call with, else null. */
    private HttpClientError failureOf(AttemptResult outcome) {
        if (outcome instanceof AttemptResult.Answered answered) {
            return new HttpClientError(call, answered.response().status(),
                    ErrorText.of(answered.response(), channel.context()), sent());
        }
        if (outcome instanceof AttemptResult.Failed failed) {
            return new ConnectionFailureException(call, failed.verdict().reason(), sent(), failed.cause());
        }
        return null;
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
            retryOrFinish(number, answered.verdict(), failureOf(outcome));
        } else if (outcome instanceof AttemptResult.Failed failed) {
            HttpClientError failure = failureOf(outcome);
            if (deadline.isExpired()) {
                finish(null, new DeadlineExceededException(call, deadline.budget(), sent(), failure));
                return;
            }
            retryOrFinish(number, failed.verdict(), failure);
        }
    }

    private void retryOrFinish(int number, Verdict verdict, HttpClientError failure) {
        Duration delay = channel.retryDecision().delayBeforeRetry(call, number, verdict, deadline, tried);
        if (delay == null) {
            finish(null, failure);
            return;
        }
        lastFailure = failure;
        if (delay.isZero()) {
            channel.context().executor().execute(this::attemptNext);
        } else {
            pendingRetry = channel.context().time().schedule(this::attemptNext, delay);
        }
    }

    /** The call's future was cancelled: its attempts aborted, no further one, the permit back, the end published. */
    void cancelled() {
        Attempt first;
        Attempt second;
        synchronized (this) {
            first = primary;
            second = hedge;
        }
        cancel(pendingRetry);
        cancel(pendingHedge);
        if (first != null) {
            first.abort(CANCELLED_BY_CALLER);
        }
        if (second != null) {
            second.abort(CANCELLED_BY_CALLER);
        }
        permit.release(null);
        report.cancelled(sent());
    }

    private static void cancel(Future<?> scheduled) {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void finish(ServiceResponse response, Throwable failure) {
        if (result.isDone() || !FINISHING.compareAndSet(this, 0, 1)) {
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
