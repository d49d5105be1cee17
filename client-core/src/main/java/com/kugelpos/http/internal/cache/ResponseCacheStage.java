package com.kugelpos.http.internal.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.CallDescription;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CacheOutcome;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.internal.pipeline.PreparedRequest;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The response cache, in front of a GET's logical call and so before the breaker: a fresh entry
 * answers at once without a request (even while the breaker is open); a stale entry with an {@code
 * ETag} is revalidated with {@code If-None-Match}, and a 304 answer serves the stored body (with the
 * 304's headers merged in); a 200 answer is stored when its headers allow ({@code no-store}, {@code
 * Vary: *} and responses with neither freshness nor {@code ETag} are not). A request's own {@code
 * Cache-Control: no-store} bypasses the cache and {@code no-cache} forces revalidation. Entries are
 * keyed by path, query and credentials. Cancelling the returned future cancels the logical call.
 * Thread-safe.
 */
public final class ResponseCacheStage {

    static final String IF_NONE_MATCH = "If-None-Match";

    private final ResponseCache<CacheKey> cache;
    private final TimeSource time;
    private final EventPublisher events;
    private final ObjectMapper mapper;

    /** A stage over {@code cache}, reading freshness on {@code time}. */
    public ResponseCacheStage(ResponseCache<CacheKey> cache, TimeSource time, EventPublisher events, ObjectMapper mapper) {
        this.cache = cache;
        this.time = time;
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * Answers the GET {@code request} from the cache, or through {@code call} (its logical call).
     *
     * @param call names the call in events and responses
     * @param send runs the logical call of a request
     */
    public CompletableFuture<ServiceResponse> get(PreparedRequest request, CallDescription call,
            Function<PreparedRequest, CompletableFuture<ServiceResponse>> send) {
        CacheControl asked = CacheControl.parse(request.header("Cache-Control"));
        if (asked.noStore()) {
            return send.apply(request);
        }
        CacheKey key = new CacheKey(request.pathAndQuery(), request.credentials());
        Optional<CachedResponse> entry = cache.get(key).filter(stored -> stored.matches(name -> requestHeader(request, name)));
        if (entry.isPresent() && entry.get().isFresh(time.nanoTime()) && !asked.noCache()) {
            events.publish(new CacheEvent(call, CacheOutcome.HIT));
            return CompletableFuture.completedFuture(toResponse(call, entry.get()));
        }
        Optional<String> etag = entry.flatMap(CachedResponse::etag).filter(tag -> request.header(IF_NONE_MATCH) == null);
        PreparedRequest sent = etag.map(tag -> request.withHeader(IF_NONE_MATCH, tag)).orElse(request);
        CompletableFuture<ServiceResponse> upstream = send.apply(sent);
        CompletableFuture<ServiceResponse> answer = upstream.thenApply(response -> {
            if (response.statusCode() == 304 && etag.isPresent()) {
                CachedResponse refreshed = stored(request, entry.get().status(),
                        merged(entry.get().headers(), response.headers()), entry.get().body()).orElseThrow();
                cache.put(key, refreshed);
                events.publish(new CacheEvent(call, CacheOutcome.REVALIDATED));
                return toResponse(call, refreshed);
            }
            events.publish(new CacheEvent(call, CacheOutcome.MISS));
            if (response.statusCode() == 200) {
                stored(request, 200, response.headers(), response.body())
                        .ifPresentOrElse(fresh -> cache.put(key, fresh), () -> cache.remove(key));
            }
            return response;
        });
        answer.whenComplete((response, failure) -> {
            if (answer.isCancelled()) {
                upstream.cancel(true);
            }
        });
        return answer;
    }

    /** The entry for a response, or empty when its headers forbid storing it or it could never be used. */
    private Optional<CachedResponse> stored(PreparedRequest request, int status, Map<String, List<String>> headers,
            byte[] body) {
        CacheControl control = CacheControl.parse(header(headers, "Cache-Control"));
        String vary = header(headers, "Vary");
        Optional<String> etag = Optional.ofNullable(header(headers, "ETag"));
        if (control.noStore() || (vary != null && vary.contains("*"))) {
            return Optional.empty();
        }
        Duration lifetime = Freshness.lifetime(control, header(headers, "Age"), header(headers, "Expires"),
                header(headers, "Date"), time.now());
        if (lifetime.isZero() && etag.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> varyValues = new LinkedHashMap<>();
        if (vary != null) {
            for (String name : vary.split(",")) {
                if (!name.isBlank()) {
                    String lower = name.strip().toLowerCase(Locale.ROOT);
                    varyValues.put(lower, requestHeader(request, lower));
                }
            }
        }
        return Optional.of(new CachedResponse(status, headers, body, etag, time.nanoTime() + lifetime.toNanos(),
                varyValues));
    }

    private static String requestHeader(PreparedRequest request, String name) {
        String value = request.header(name);
        return value == null ? "" : value;
    }

    private ServiceResponse toResponse(CallDescription call, CachedResponse entry) {
        return new ServiceResponse(call, entry.status(), entry.headers(), entry.body(), mapper);
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> stored, Map<String, List<String>> update) {
        Map<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(stored);
        update.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("content-encoding")) {
                merged.put(name, values);
            }
        });
        return merged;
    }

    /** All values of a header, joined, or null; {@code headers} is looked up case-insensitively. */
    private static String header(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }
}
