package com.kugelpos.perf.jmh;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.RequestSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The call every benchmark makes, in the same shape for each client: the item lookup of the cart
 * service, {@code GET /api/v1/tenants/T1/stores/S1/items/ITEM1/details?terminal_id=T1-S1-1} with
 * an API key, answered by a small JSON envelope. Immutable.
 */
public final class ItemLookup {

    /** The path template client-core is given. */
    public static final String TEMPLATE = "/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details";

    /** The API key the benchmarks send; a dummy value, not a secret. */
    public static final String API_KEY = "bench-api-key";

    /** The JSON body every benchmark server answers with. */
    public static final byte[] RESPONSE_BODY = ("{\"success\":true,\"code\":200,\"message\":\"ok\","
            + "\"data\":{\"itemCode\":\"ITEM1\",\"description\":\"Green tea 500ml\",\"price\":150}}")
            .getBytes(StandardCharsets.UTF_8);

    /** The per-attempt bound the raw clients set, client-core's default response timeout. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private ItemLookup() {}

    /** The options client-core is called with. */
    public static RequestOptions options() {
        return RequestOptions.builder()
                .pathParams("T1", "S1", "ITEM1")
                .query("terminal_id", "T1-S1-1")
                .credentials(Credentials.apiKey(API_KEY))
                .build();
    }

    /** The full URL on {@code base}, built per call as a hand-written caller would. */
    public static String url(URI base) {
        return base + "/api/v1/tenants/" + "T1" + "/stores/" + "S1" + "/items/" + "ITEM1" + "/details?terminal_id=" + "T1-S1-1";
    }

    /** The JDK request a raw caller sends: the same URL and headers as client-core's. */
    public static HttpRequest jdkRequest(URI base) {
        return HttpRequest.newBuilder(URI.create(url(base)))
                .timeout(RESPONSE_TIMEOUT)
                .header("User-Agent", RequestSettings.DEFAULT_USER_AGENT)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("X-API-KEY", API_KEY)
                .GET()
                .build();
    }

    /** Fails unless {@code status} is 2xx, as every client under test does. */
    public static void requireSuccess(int status) {
        if (status < 200 || status > 299) {
            throw new IllegalStateException("the benchmark server answered HTTP " + status + "; expected 200");
        }
    }
}
