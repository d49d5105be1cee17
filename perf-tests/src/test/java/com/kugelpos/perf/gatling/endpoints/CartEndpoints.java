package com.kugelpos.perf.gatling.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import com.kugelpos.perf.gatling.environment.RecordedLatency;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.function.Function;

/**
 * The gateway's requests, as a terminal sends them (API key and {@code terminal_id}), with their
 * checks. Requests are relative to the protocol's base URL, the cart service.
 */
public final class CartEndpoints {

    /** The name of the request that needs no upstream call. */
    public static final String GET_CART = "get cart (no upstream call)";

    /** The reference cart's header that sets the priority of its upstream calls for the request. */
    public static final String PRIORITY_HEADER = "X-Request-Priority";

    private static final String CARTS = "/api/v1/carts";

    private CartEndpoints() {}

    /** Creates a cart and saves its id as {@code cartId}. */
    public static HttpRequestActionBuilder createCart() {
        return http("create cart")
                .post(CARTS)
                .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                .header("X-API-KEY", GatewayUnderTest.API_KEY)
                .body(StringBody("{\"transactionType\":101}"))
                .asJson()
                .check(RecordedLatency.of("create cart"), status().is(201), jsonPath("$.data.cartId").saveAs("cartId"));
    }

    /**
     * Adds one {@code #{itemCode}} to {@code #{cartId}}: the gateway looks the item up in master-data.
     *
     * @param name the request's name in the report, per call
     * @param answered the statuses that count as the gateway answering properly
     */
    public static HttpRequestActionBuilder addItem(Function<Session, String> name, Integer... answered) {
        return addItemRequest(name).check(RecordedLatency.of(name), status().in(answered));
    }

    /**
     * Adds one {@code #{itemCode}} to {@code #{cartId}} with the gateway's item lookup at {@code
     * priority} ({@value #PRIORITY_HEADER}), saving the status as {@code status} and the response
     * time as {@code millis} in the session.
     *
     * @param name the request's name in the report, per call
     * @param priority {@code high} or {@code low}
     * @param answered the statuses that count as the gateway answering properly
     */
    public static HttpRequestActionBuilder addItemAtPriority(Function<Session, String> name, String priority,
            Integer... answered) {
        return addItemRequest(name)
                .header(PRIORITY_HEADER, priority)
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"), status().in(answered));
    }

    private static HttpRequestActionBuilder addItemRequest(Function<Session, String> name) {
        return http(name)
                .post(CARTS + "/#{cartId}/lineItems")
                .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                .header("X-API-KEY", GatewayUnderTest.API_KEY)
                .body(StringBody("[{\"itemCode\":\"#{itemCode}\",\"quantity\":1}]"))
                .asJson();
    }

    /** Reads {@code #{cartId}} back: served by the gateway alone. */
    public static HttpRequestActionBuilder getCart() {
        return http(GET_CART)
                .get(CARTS + "/#{cartId}")
                .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                .header("X-API-KEY", GatewayUnderTest.API_KEY)
                .check(RecordedLatency.of(GET_CART), status().is(200));
    }
}
