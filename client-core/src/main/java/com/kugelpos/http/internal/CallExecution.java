package com.kugelpos.http.internal;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.balancing.Endpoint;
import com.kugelpos.http.error.CallDescription;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.error.NoFreeConnectionException;
import com.kugelpos.http.metrics.ClientEventListener.AttemptEvent;
import com.kugelpos.http.metrics.ClientEventListener.CallInfo;
import com.kugelpos.http.resilience.Backoff;
import com.kugelpos.http.resilience.CircuitBreaker;
import com.kugelpos.http.resilience.RetryAfter;
import com.kugelpos.http.resilience.RetryRules;
import com.kugelpos.http.tracing.TraceContext;
import com.kugelpos.http.tracing.TraceScope;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call: its attempts (each through the breaker and the connection cap, bounded in
 * time), the decision to retry each failure, and the error it ends with. Failsafe runs the retry
 * loop and schedules the backoff through the injected clock.
 */
final class CallExecution {

    private static final Logger LOG = LoggerFactory.getLogger("com.kugelpos.http");

    private final ServiceChannel channel;
    private final ClientContext context;
    private final PreparedRequest request;
    private final CallDescription call;
    private final CallInfo info;
    private final Deadline deadline;
    private final long startNanos;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    /** The failure of the attempt before a retry, so a retry refused by the breaker ends with it. */
    private volatile HttpClientError lastFailure;
    private final Set<Endpoint> tried = ConcurrentHashMap.newKeySet();
    private final TraceContext trace;

    /** @param trace the trace the call joins; each attempt is a new span of it */
    CallExecution(ServiceChannel channel, PreparedRequest request, Duration budget, TraceContext trace) {
        this.channel = channel;
        this.context = channel.context();
        this.request = request;
        this.call = new CallDescription(channel.service(), request.method().name(), request.template());
        this.info = new CallInfo(channel.service(), request.method().name(), request.template());
        this.deadline = Deadline.after(budget, context.time());
        this.startNanos = context.time().nanoTime();
        this.trace = trace;
    }

    CompletableFuture<ServiceResponse> run() {
        channel.retryBudget().recordCall();
        return channel.retrying()
                .getStageAsync(() -> attempt())
                .handle(this::finish);
    }

    private CompletableFuture<ServiceResponse> attempt() {
        int number = attempts.incrementAndGet();
        if (deadline.isExpired()) {
            return CompletableFuture.failedFuture(new DeadlineExceededException(call, deadline.budget(), sent.get(), null));
        }
        CircuitBreaker breaker = channel.breaker();
        Optional<CircuitBreaker.Permit> permit = breaker.tryAcquire();
        if (permit.isEmpty()) {
            CircuitBreakerOpenException refused =
                    new CircuitBreakerOpenException(call, breaker.state().name(), breaker.retryIn(), sent.get());
            HttpClientError earlier = lastFailure;
            if (earlier != null) {
                earlier.addSuppressed(refused);
                return CompletableFuture.failedFuture(earlier);
            }
            return CompletableFuture.failedFuture(refused);
        }
        ConnectionLimiter limiter = channel.limiter();
        return limiter.acquire(deadline, () -> new NoFreeConnectionException(call, limiter.maxSlots(), sent.get()))
                .handle((slot, noSlot) -> {
                    if (noSlot != null) {
                        permit.get().release();
                        return CompletableFuture.<ServiceResponse>failedFuture(noSlot);
                    }
                    return send(number, permit.get(), slot);
                })
                .thenCompose(Function.identity());
    }

    private CompletableFuture<ServiceResponse> send(int number, CircuitBreaker.Permit permit, ConnectionLimiter.Slot slot) {
        Duration bound = min(request.attemptBound(context.settings()), deadline.remaining());
        if (bound.isNegative() || bound.isZero()) {
            slot.release();
            permit.release();
            return CompletableFuture.failedFuture(new DeadlineExceededException(call, deadline.budget(), sent.get(), null));
        }
        Endpoint endpoint = channel.endpointSet().next(tried);
        tried.add(endpoint);
        URI uri = request.uri(endpoint.uri());
        TraceContext span = trace.newSpan();
        HttpRequest httpRequest;
        try {
            httpRequest = request.toHttpRequest(uri, bound, context, AttemptHeaders.of(bound, span));
        } catch (RuntimeException e) {
            slot.release();
            permit.release();
            return CompletableFuture.failedFuture(e);
        }
        sent.incrementAndGet();
        channel.endpointSet().attemptStarted(endpoint);
        long sentAt = context.time().nanoTime();
        CompletableFuture<HttpResponse<byte[]>> jdk =
                channel.http().sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        CompletableFuture<HttpResponse<byte[]>> bounded = new CompletableFuture<>();
        ScheduledFuture<?> guard = context.time().schedule(() -> {
            if (bounded.completeExceptionally(
                    new HttpTimeoutException("attempt exceeded its bound of " + bound.toMillis() + " ms"))) {
                jdk.cancel(true);
            }
        }, bound);
        jdk.whenComplete((response, failure) -> {
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(response);
            }
        });
        return bounded.handle((response, failure) -> {
                    guard.cancel(false);
                    slot.release();
                    channel.endpointSet().attemptEnded(endpoint,
                            failure == null && !RetryRules.isBreakerFailure(response.statusCode()));
                    Duration took = Duration.ofNanos(context.time().nanoTime() - sentAt);
                    try (TraceScope logged = span.makeCurrent()) {
                        return failure != null
                                ? failedAttempt(number, permit, took, uri, unwrap(failure))
                                : answeredAttempt(number, permit, took, uri, response);
                    }
                })
                .thenCompose(Function.identity());
    }

    private CompletableFuture<ServiceResponse> answeredAttempt(
            int number, CircuitBreaker.Permit permit, Duration took, URI uri, HttpResponse<byte[]> response) {
        byte[] body;
        try {
            body = ContentDecoding.decode(
                    String.join(", ", response.headers().allValues("content-encoding")), response.body());
        } catch (ResponseDecodingException e) {
            return failedAttempt(number, permit, took, uri, e);
        }
        int status = response.statusCode();
        context.requestLogger().completed(request.method().name(), uri.toString(), status, took.toMillis());
        context.listener().attemptFinished(new AttemptEvent(info, number, status, null, took));
        if (context.settings().logging().debug()) {
            context.requestLogger().debugResponse(status, response.headers().map(), body,
                    response.headers().firstValue("content-type").orElse(null));
        }
        if (!RetryRules.isError(status)) {
            permit.onSuccess();
            return CompletableFuture.completedFuture(
                    new ServiceResponse(call, status, response.headers().map(), body, context.mapper()));
        }
        if (RetryRules.isBreakerFailure(status)) {
            permit.onFailure();
        } else {
            permit.onSuccess();
        }
        HttpClientError failure = new HttpClientError(call, status, ErrorText.of(body, response, context), sent.get());
        if (!RetryRules.mayRetry(request.method(), request.hasIdempotencyKey(), status)) {
            return CompletableFuture.failedFuture(failure);
        }
        Optional<Duration> retryAfter = status == 503 || status == 429
                ? RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null), context.time().now())
                : Optional.empty();
        return retryOrFail(number, failure, retryAfter, "HTTP " + status);
    }

    private CompletableFuture<ServiceResponse> failedAttempt(
            int number, CircuitBreaker.Permit permit, Duration took, URI uri, Throwable cause) {
        FailureClassifier.Classified failure = FailureClassifier.classify(cause);
        context.requestLogger().failed(request.method().name(), uri.toString(), failure.reason(), took.toMillis());
        context.listener().attemptFinished(new AttemptEvent(info, number, 0, failure.reason(), took));
        permit.onFailure();
        if (deadline.isExpired()) {
            return CompletableFuture.failedFuture(new DeadlineExceededException(call, deadline.budget(), sent.get(),
                    new ConnectionFailureException(call, failure.reason(), sent.get(), cause)));
        }
        HttpClientError error = new ConnectionFailureException(call, failure.reason(), sent.get(), cause);
        if (!RetryRules.mayRetry(request.method(), request.hasIdempotencyKey(), failure.kind())) {
            return CompletableFuture.failedFuture(error);
        }
        return retryOrFail(number, error, Optional.empty(), failure.reason());
    }

    private CompletableFuture<ServiceResponse> retryOrFail(
            int number, HttpClientError failure, Optional<Duration> retryAfter, String reason) {
        if (number >= context.settings().retry().attempts()) {
            return CompletableFuture.failedFuture(failure);
        }
        Duration delay = retryAfter.orElseGet(() -> new Backoff(context.settings().retry().backoffBase(),
                        context.settings().retry().backoffMax())
                .delayBefore(number, context.jitter().getAsDouble()));
        if (delay.compareTo(deadline.remaining()) >= 0) {
            return CompletableFuture.failedFuture(failure);
        }
        if (!channel.retryBudget().tryAcquireRetry()) {
            LOG.debug("Retry budget of {} spent: {} ends after attempt {} ({})", channel.service(), call, number, reason);
            context.listener().retryDenied(info, number + 1, reason);
            return CompletableFuture.failedFuture(failure);
        }
        context.listener().retryScheduled(info, number + 1, delay, reason);
        lastFailure = failure;
        return CompletableFuture.failedFuture(new RetryableAttemptException(failure, delay));
    }

    private ServiceResponse finish(ServiceResponse response, Throwable failure) {
        try (TraceScope logged = trace.makeCurrent()) {
            return finishInTrace(response, failure);
        }
    }

    private ServiceResponse finishInTrace(ServiceResponse response, Throwable failure) {
        Duration took = Duration.ofNanos(context.time().nanoTime() - startNanos);
        Throwable cause = failure == null ? null : unwrap(failure);
        if (cause instanceof RetryableAttemptException retryable) {
            cause = retryable.failure();
        }
        context.listener().callFinished(info, sent.get(), took, cause);
        if (cause == null) {
            return response;
        }
        if (cause instanceof CircuitBreakerOpenException) {
            LOG.debug("HTTP request failed fast: {}", cause.getMessage());
        } else if (!(cause instanceof HttpClientError error && error.isClientError())) {
            LOG.error("HTTP request failed: {}", context.redactor().text(String.valueOf(cause.getMessage())));
        }
        throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
