package com.kugelpos.reference.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.reference.auth.Principal;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.common.TtlCache;
import com.kugelpos.reference.common.UpstreamFailures;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.DownstreamOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Item details from master-data (row 2), with the rest of the request's deadline and its trace, cached ({@link #DEFAULT_TTL} unless configured; zero turns the cache off, e.g. for load tests of
 * the upstream path) per tenant, store and item. An
 * API-key caller's key and terminal id are forwarded (legacy auth); token callers are represented
 * by a service token of cart. Upstream 404 is "unknown item" (404); other failures become
 * 502/503/504. Thread-safe.
 */
public final class UpstreamItemCatalog implements ItemCatalog {

    /** How long item details are cached by default. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(300);

    static final String PATH = "/api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details";

    private final ServiceClient masterData;
    private final Tokens tokens;
    private final TtlCache<String, JsonNode> cache;

    /**
     * @param masterData the client of master-data
     * @param tokens issues cart's service tokens
     * @param clock the time source of the cache
     * @param ttl how long item details are cached; {@link Duration#ZERO} for not at all
     */
    public UpstreamItemCatalog(ServiceClient masterData, Tokens tokens, Clock clock, Duration ttl) {
        this.masterData = Objects.requireNonNull(masterData, "masterData");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.cache = new TtlCache<>(clock, ttl, 10_000);
    }

    @Override
    public CompletionStage<JsonNode> itemDetails(ApiRequest request, String storeCode, String itemCode) {
        Principal caller = request.principal();
        String key = caller.tenantId() + "|" + storeCode + "|" + itemCode;
        return cache.getOrLoad(key, k -> fetch(request, caller, storeCode, itemCode));
    }

    private CompletionStage<JsonNode> fetch(ApiRequest request, Principal caller, String storeCode, String itemCode) {
        RequestOptions.Builder options = DownstreamOptions.from(request).pathParams(caller.tenantId(), storeCode, itemCode);
        if (caller.apiKey().isPresent() && caller.terminal().isPresent()) {
            options.credentials(Credentials.apiKey(caller.apiKey().get()))
                    .query("terminal_id", caller.terminal().get().terminalId());
        } else {
            options.credentials(Credentials.bearer(tokens.serviceToken("cart", caller.tenantId())));
        }
        return masterData.get(PATH, options.build()).handle((response, failure) -> {
            if (failure == null) {
                return response.data();
            }
            if (UpstreamFailures.status(failure) == 404) {
                throw ApiException.notFound("Item not found. item_code: " + itemCode);
            }
            throw UpstreamFailures.toApiException(failure);
        });
    }
}
