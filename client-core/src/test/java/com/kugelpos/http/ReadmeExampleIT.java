package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run against a local server so that it cannot rot. */
class ReadmeExampleIT {

    /** The item details of the interactions page, the fields the caller needs. */
    record Item(String itemCode, String description, double unitPrice) {}

    @Test
    void shouldRunTheReadmeExample() throws Exception {
        try (TestServer server = new TestServer()) {
            server.replying(request -> request.pathAndQuery().contains("/items/")
                    ? Reply.json(200, "{\"success\":true,\"code\":200,\"data\":{\"itemCode\":\"4901234567890\","
                            + "\"description\":\"Green tea\",\"unitPrice\":120.0}}")
                    : Reply.json(201, "{\"success\":true,\"code\":201,\"data\":{\"success\":true}}"));
            String apiKey = "terminal-api-key";
            ServiceResolver resolver = ServiceResolver.fixed(Map.of(
                    "master-data", List.of(server.uri()), "cart", List.of(server.uri())));

            // README example begins
            try (ServiceClients clients = ServiceClients.builder().resolver(resolver).build()) {
                ServiceClient masterData = clients.client("master-data");
                Item item = masterData.get("/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details",
                                RequestOptions.builder()
                                        .pathParams("T1", "S1", "4901234567890")
                                        .query("terminal_id", "T1-S1-1")
                                        .credentials(Credentials.apiKey(apiKey))
                                        .build())
                        .thenApply(response -> response.data(Item.class))
                        .join();

                // A POST is retried after it may have reached the server only with an Idempotency-Key:
                // newIdempotencyKey() sends one key, the same on every attempt of this call.
                ServiceClient cart = clients.client("cart");
                CompletableFuture<ServiceResponse> delivered = cart.post(
                        "/api/v1/tenants/{t}/stores/{s}/terminals/{n}/transactions/{tx}/delivery-status",
                        Map.of("event_id", "3f1c…", "service", "journal", "status", "received", "message", ""),
                        RequestOptions.builder()
                                .pathParams("T1", "S1", 1, 42)
                                .query("terminal_id", "T1-S1-1")
                                .credentials(Credentials.bearer(() -> "service-jwt"))
                                .newIdempotencyKey()
                                .build());

                try {
                    delivered.join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof HttpClientError error && error.statusCode() == 404) {
                        // the transaction is unknown: a 4xx is never retried and never opens the breaker
                    }
                }
                // README example ends
                assertThat(item.unitPrice()).isEqualTo(120.0);
                assertThat(delivered.join().statusCode()).isEqualTo(201);
            }
        }
    }
}
