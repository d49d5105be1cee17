package com.kugelpos.http.internal.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.CallDescription;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.ResponseCacheSettings;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CacheOutcome;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.internal.pipeline.CompletionCauses;
import com.kugelpos.http.internal.pipeline.PreparedRequest;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response cache, in front of a GET's logical call and so before the breaker. In order:
 *
 * <ul>
 *   <li>a fresh entry answers at once without a request (even while the breaker is open);
 *   <li>a stale entry within its {@code stale-while-revalidate} window answers at once, stale, and
 *       one background request (one per key, however many callers) revalidates it;
 *   <li>a stale entry within its {@code stale-if-error} window answers at once, stale, while the
 *       breaker is OPEN, without a request; else it answers in place of the call's failure
 *       (connection failure, timeout, deadline, open breaker, 500, 502, 503, 504; not a 4xx);
 *   <li>otherwise the GET goes to the service, collapsed with identical GETs on their way when
 *       collapsing is on (see {@link Flights}, {@link FlightKey}); a stale entry with an {@code
 *       ETag} is revalidated with {@code If-None-Match}, and a 304 answer serves the stored body
 *       (with the 304's headers merged in); a 200 answer is stored when its headers allow (see
 *       {@link CacheEntries}).
 * </ul>
 *
 * A request's own {@code Cache-Control: no-store} bypasses the cache, and {@code no-cache} forces a
 * request of its own (not collapsed) and is never answered stale. Entries are keyed by path, query
 * and credentials. A GET that joined another's request still ends at its own deadline (with a
 * {@link DeadlineExceededException}, or the stale entry within {@code stale-if-error}); the shared
 * request runs with the budget of the GET that started it. Cancelling the returned future cancels
 * the logical call once no other GET waits for it. Thread-safe.
 */
public final class ResponseCacheStage {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    static final String IF_NONE_MATCH = "If-None-Match";

    private final ResponseCache<CacheKey> cache;
    private final CacheEntries entries;
    private final Flights<FlightKey> flights = new Flights<>();
    private final boolean collapse;
    private final BooleanSupplier breakerOpen;
    private final Duration backgroundBudget;
    private final TimeSource time;
    private final EventPublisher events;
    private final ObjectMapper mapper;

    /**
     * A stage over {@code cache}, reading freshness on {@code time}.
     *
     * @param breakerOpen whether the service's breaker is OPEN now
     * @param backgroundBudget the time budget of a background revalidation
     */
    public ResponseCacheStage(ResponseCache<CacheKey> cache, ResponseCacheSettings settings, TimeSource time,
            EventPublisher events, ObjectMapper mapper, BooleanSupplier breakerOpen, Duration backgroundBudget) {
        this.cache = cache;
        this.entries = new CacheEntries(settings, time);
        this.collapse = settings.collapse();
        this.breakerOpen = breakerOpen;
        this.backgroundBudget = backgroundBudget;
        this.time = time;
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * Answers the GET {@code request} from the cache, or through {@code send} (its logical call).
     *
     * @param call names the call in events and responses
     * @param budget the call's time budget
     * @param send runs the logical call of a request within a time budget
     */
    public CompletableFuture<ServiceResponse> get(PreparedRequest request, CallDescription call, Duration budget,
            BiFunction<PreparedRequest, Duration, CompletableFuture<ServiceResponse>> send) {
        CacheControl asked = CacheControl.parse(request.header("Cache-Control"));
        if (asked.noStore()) {
            return send.apply(request, budget);
        }
        CacheKey key = new CacheKey(request.pathAndQuery(), request.credentials());
        CachedResponse entry = cache.get(key)
                .filter(stored -> stored.matches(name -> CacheEntries.requestHeader(request, name))).orElse(null);
        Lookup lookup = new Lookup(request, call, key, entry, !asked.noCache(), send);
        if (entry != null && lookup.mayServeStored()) {
            long now = time.nanoTime();
            if (entry.isFresh(now)) {
                events.publish(new CacheEvent(call, CacheOutcome.HIT));
                return CompletableFuture.completedFuture(toResponse(call, entry, false));
            }
            if (entry.mayServeWhileRevalidating(now)) {
                flights.startDetached(FlightKey.of(key, request.headers()), () -> fetch(lookup, backgroundBudget, true));
                return CompletableFuture.completedFuture(stale(lookup, CacheOutcome.STALE_WHILE_REVALIDATE));
            }
            if (entry.mayServeOnError(now) && breakerOpen.getAsBoolean()) {
                return CompletableFuture.completedFuture(stale(lookup, CacheOutcome.STALE_IF_ERROR));
            }
        }
        if (!collapse || !lookup.mayServeStored()) {
            return fetch(lookup, budget, false);
        }
        Flights.Seat seat = flights.join(FlightKey.of(key, request.headers()), () -> fetch(lookup, budget, false));
        if (seat.joined()) {
            events.publish(new CacheEvent(call, CacheOutcome.COLLAPSED));
            endAtDeadline(seat.answer(), lookup, budget);
        }
        return seat.answer();
    }

    /** Requests collapsed or revalidating in the background now; for tests that nothing is left behind. */
    int flightsInProgress() {
        return flights.size();
    }

    /** Sends the GET, conditional when the entry has an {@code ETag}, and makes its outcome the answer. */
    private CompletableFuture<ServiceResponse> fetch(Lookup lookup, Duration budget, boolean background) {
        PreparedRequest request = lookup.request();
        Optional<String> etag = Optional.ofNullable(lookup.entry()).flatMap(CachedResponse::etag)
                .filter(tag -> request.header(IF_NONE_MATCH) == null);
        PreparedRequest sent = etag.map(tag -> request.withHeader(IF_NONE_MATCH, tag)).orElse(request);
        CompletableFuture<ServiceResponse> upstream = lookup.send().apply(sent, budget);
        CompletableFuture<ServiceResponse> answer = upstream.handle((response, failure) -> failure == null
                ? answered(lookup, etag.isPresent(), response)
                : failed(lookup, failure, background));
        answer.whenComplete((response, failure) -> {
            if (answer.isCancelled()) {
                upstream.cancel(true);
            }
        });
        return answer;
    }

    private ServiceResponse answered(Lookup lookup, boolean revalidating, ServiceResponse response) {
        if (response.statusCode() == 304 && revalidating) {
            CachedResponse entry = lookup.entry();
            Map<String, List<String>> headers = CacheEntries.merged(entry.headers(), response.headers());
            entries.of(lookup.request(), entry.status(), headers, entry.body())
                    .ifPresentOrElse(refreshed -> cache.put(lookup.key(), refreshed), () -> cache.remove(lookup.key()));
            events.publish(new CacheEvent(lookup.call(), CacheOutcome.REVALIDATED));
            return new ServiceResponse(lookup.call(), entry.status(), headers, entry.body(), mapper);
        }
        events.publish(new CacheEvent(lookup.call(), CacheOutcome.MISS));
        if (response.statusCode() == 200) {
            entries.of(lookup.request(), 200, response.headers(), response.body())
                    .ifPresentOrElse(fresh -> cache.put(lookup.key(), fresh), () -> cache.remove(lookup.key()));
        }
        return response;
    }

    /** The stale entry in place of a failure of the service, within its window; else the failure. */
    private ServiceResponse failed(Lookup lookup, Throwable failure, boolean background) {
        Throwable cause = CompletionCauses.unwrap(failure);
        if (background) {
            LOG.debug("Background revalidation of {} failed, the stale entry stays: {}", lookup.call(), cause.toString());
            events.publish(new CacheEvent(lookup.call(), CacheOutcome.REVALIDATION_FAILED));
        }
        if (isServiceFailure(cause) && lookup.mayServeOnError(time.nanoTime())) {
            // a background request answers only the GETs that joined it, which published COLLAPSED
            return background ? toResponse(lookup.call(), lookup.entry(), true) : stale(lookup, CacheOutcome.STALE_IF_ERROR);
        }
        throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
    }

    /** Ends a GET that joined another's request at its own deadline, unless the request answers first. */
    private void endAtDeadline(CompletableFuture<ServiceResponse> answer, Lookup lookup, Duration budget) {
        ScheduledFuture<?> timer = time.schedule(() -> {
            if (answer.isDone()) {
                return;
            }
            if (lookup.mayServeOnError(time.nanoTime())) {
                answer.complete(toResponse(lookup.call(), lookup.entry(), true));
                events.publish(new CacheEvent(lookup.call(), CacheOutcome.STALE_IF_ERROR));
            } else {
                answer.completeExceptionally(new DeadlineExceededException(lookup.call(), budget, 0, null));
            }
        }, budget);
        answer.whenComplete((response, failure) -> timer.cancel(false));
    }

    /** Failures the {@code stale-if-error} window stands in for: no answer, or 500, 502, 503, 504. */
    private static boolean isServiceFailure(Throwable cause) {
        if (!(cause instanceof HttpClientError error)) {
            return false;
        }
        return switch (error.statusCode()) {
            case HttpClientError.NO_STATUS, 500, 502, 503, 504 -> true;
            default -> false;
        };
    }

    private ServiceResponse stale(Lookup lookup, CacheOutcome outcome) {
        events.publish(new CacheEvent(lookup.call(), outcome));
        return toResponse(lookup.call(), lookup.entry(), true);
    }

    private ServiceResponse toResponse(CallDescription call, CachedResponse entry, boolean stale) {
        return new ServiceResponse(call, entry.status(), entry.headers(), entry.body(), mapper, stale);
    }

    /**
     * One GET's look-up: its request, key and the entry it found (or null).
     *
     * @param mayServeStored false for a request with {@code Cache-Control: no-cache}
     */
    private record Lookup(PreparedRequest request, CallDescription call, CacheKey key, CachedResponse entry,
            boolean mayServeStored, BiFunction<PreparedRequest, Duration, CompletableFuture<ServiceResponse>> send) {

        /** Whether the entry may answer stale in place of a failure at {@code nowNanos}. */
        boolean mayServeOnError(long nowNanos) {
            return entry != null && mayServeStored && entry.mayServeOnError(nowNanos);
        }
    }
}
