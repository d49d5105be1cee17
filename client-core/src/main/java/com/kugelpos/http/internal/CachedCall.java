package com.kugelpos.http.internal;

import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.cache.CacheControl;
import com.kugelpos.http.cache.CachedResponse;
import com.kugelpos.http.cache.Freshness;
import com.kugelpos.http.cache.ResponseCache;
import com.kugelpos.http.error.CallDescription;
import com.kugelpos.http.metrics.ClientEventListener.CallInfo;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A GET through the service's response cache, before the breaker: a fresh entry answers at once
 * without a request; a stale entry with an {@code ETag} is revalidated with {@code If-None-Match},
 * and a 304 answer serves the stored body (with the 304's headers merged in); a 200 answer is stored
 * when its headers allow ({@code no-store}, {@code Vary: *} and responses with neither freshness nor
 * {@code ETag} are not). A request's own {@code Cache-Control: no-store} bypasses the cache and
 * {@code no-cache} forces revalidation.
 */
final class CachedCall {

    static final String IF_NONE_MATCH = "If-None-Match";

    private final ServiceChannel channel;
    private final ClientContext context;
    private final ResponseCache<CacheKey> cache;
    private final PreparedRequest request;
    private final CacheKey key;
    private final CallInfo info;

    CachedCall(ServiceChannel channel, PreparedRequest request) {
        this.channel = channel;
        this.context = channel.context();
        this.cache = channel.responseCache();
        this.request = request;
        this.key = new CacheKey(request.pathAndQuery(), request.credentials());
        this.info = new CallInfo(channel.service(), request.method().name(), request.template());
    }

    CompletableFuture<ServiceResponse> run(Duration budget, TraceContext trace) {
        CacheControl asked = CacheControl.parse(request.header("Cache-Control"));
        if (asked.noStore()) {
            return new CallExecution(channel, request, budget, trace).run();
        }
        Optional<CachedResponse> entry = cache.get(key).filter(stored -> stored.matches(this::requestHeader));
        if (entry.isPresent() && entry.get().isFresh(context.time().nanoTime()) && !asked.noCache()) {
            context.listener().cacheLookup(info, "hit");
            return CompletableFuture.completedFuture(toResponse(entry.get()));
        }
        Optional<String> etag = entry.flatMap(CachedResponse::etag).filter(tag -> request.header(IF_NONE_MATCH) == null);
        PreparedRequest sent = etag.map(tag -> request.withHeader(IF_NONE_MATCH, tag)).orElse(request);
        return new CallExecution(channel, sent, budget, trace).run().thenApply(response -> {
            if (response.statusCode() == 304 && etag.isPresent()) {
                CachedResponse refreshed = stored(entry.get().status(), merged(entry.get().headers(), response.headers()),
                        entry.get().body()).orElseThrow();
                cache.put(key, refreshed);
                context.listener().cacheLookup(info, "revalidated");
                return toResponse(refreshed);
            }
            context.listener().cacheLookup(info, "miss");
            if (response.statusCode() == 200) {
                stored(200, response.headers(), response.body())
                        .ifPresentOrElse(fresh -> cache.put(key, fresh), () -> cache.remove(key));
            }
            return response;
        });
    }

    /** The entry for a response, or empty when its headers forbid storing it or it could never be used. */
    private Optional<CachedResponse> stored(int status, Map<String, List<String>> headers, byte[] body) {
        CacheControl control = CacheControl.parse(header(headers, "Cache-Control"));
        String vary = header(headers, "Vary");
        Optional<String> etag = Optional.ofNullable(header(headers, "ETag"));
        if (control.noStore() || (vary != null && vary.contains("*"))) {
            return Optional.empty();
        }
        Duration lifetime = Freshness.lifetime(control, header(headers, "Age"), header(headers, "Expires"),
                header(headers, "Date"), context.time().now());
        if (lifetime.isZero() && etag.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> varyValues = new LinkedHashMap<>();
        if (vary != null) {
            for (String name : vary.split(",")) {
                if (!name.isBlank()) {
                    String lower = name.strip().toLowerCase(Locale.ROOT);
                    varyValues.put(lower, requestHeader(lower));
                }
            }
        }
        return Optional.of(new CachedResponse(status, headers, body, etag,
                context.time().nanoTime() + lifetime.toNanos(), varyValues));
    }

    private String requestHeader(String name) {
        String value = request.header(name);
        return value == null ? "" : value;
    }

    private ServiceResponse toResponse(CachedResponse entry) {
        return new ServiceResponse(new CallDescription(channel.service(), request.method().name(), request.template()),
                entry.status(), entry.headers(), entry.body(), context.mapper());
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

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return String.join(", ", entry.getValue());
            }
        }
        return null;
    }
}
