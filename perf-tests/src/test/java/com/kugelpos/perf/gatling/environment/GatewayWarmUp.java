package com.kugelpos.perf.gatling.environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warms the freshly started gateway before Gatling measures it: class loading and the JIT make the
 * first calls slower than a short response timeout, and the terminal lookup is cached after its
 * first success. Sends one terminal's journey until enough succeed in a row, bounded in time.
 */
public final class GatewayWarmUp {

    private static final Pattern CART_ID = Pattern.compile("\"cartId\"\\s*:\\s*\"([^\"]+)\"");
    private static final int SUCCESSES_IN_A_ROW = 50;

    private GatewayWarmUp() {}

    /**
     * Creates carts and adds an item to each until {@value #SUCCESSES_IN_A_ROW} journeys in a row
     * succeed.
     *
     * @throws IllegalStateException if that does not happen within {@code limit}
     */
    public static void run(GatewayUnderTest gateway, Duration limit) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant end = Instant.now().plus(limit);
        int inARow = 0;
        String last = "no call made";
        while (inARow < SUCCESSES_IN_A_ROW && Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> created = http.send(post(gateway, "/api/v1/carts", "{\"transactionType\":101}"),
                        HttpResponse.BodyHandlers.ofString());
                Matcher cartId = CART_ID.matcher(created.body());
                HttpResponse<String> added = created.statusCode() == 201 && cartId.find()
                        ? http.send(post(gateway, "/api/v1/carts/" + cartId.group(1) + "/lineItems",
                                "[{\"itemCode\":\"ITEM1\",\"quantity\":1}]"), HttpResponse.BodyHandlers.ofString())
                        : created;
                last = "HTTP " + created.statusCode() + " then " + added.statusCode();
                inARow = added.statusCode() == 200 ? inARow + 1 : 0;
            } catch (IOException e) {
                last = e.toString();
                inARow = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while warming up the gateway", e);
            }
        }
        if (inARow < SUCCESSES_IN_A_ROW) {
            throw new IllegalStateException("the gateway did not answer " + SUCCESSES_IN_A_ROW + " journeys in a row within "
                    + limit.toSeconds() + " s; last: " + last);
        }
    }

    private static HttpRequest post(GatewayUnderTest gateway, String path, String json) {
        return HttpRequest.newBuilder(URI.create(gateway.cartUrl() + path + "?terminal_id=" + GatewayUnderTest.TERMINAL_ID))
                .timeout(Duration.ofSeconds(10))
                .header("X-API-KEY", GatewayUnderTest.API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
