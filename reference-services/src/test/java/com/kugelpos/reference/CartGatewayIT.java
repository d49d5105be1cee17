package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.http.BehaviourRule;
import com.kugelpos.reference.testing.Http;
import com.kugelpos.reference.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cart as a gateway: real calls to terminal (row 1) and master-data (row 2) through client-core. */
class CartGatewayIT {

    private static final String ITEM_ROUTE =
            "GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details";
    private static final String TERMINAL_ROUTE = "GET /api/v1/terminals/{terminal_id}";

    private final MutableClock clock = MutableClock.fixed();
    private ReferenceServices services;
    private Http cart;

    @BeforeEach
    void start() {
        services = ReferenceServices.builder()
                .clock(clock)
                .clientSettings(HttpClientSettings.builder()
                        .timeouts(t -> t.call(Duration.ofMillis(1500)).response(Duration.ofMillis(400)))
                        .retry(r -> r.backoffBase(Duration.ofMillis(20)).backoffMax(Duration.ofMillis(50)))
                        .build())
                .start(Service.CART, Service.MASTER_DATA, Service.TERMINAL);
        cart = Http.to(services.url(Service.CART)).apiKey();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private String newCart() {
        Http.Reply created = cart.post("/api/v1/carts?" + Http.TERMINAL_1, "{\"transactionType\":101,\"userId\":\"U1\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.data().path("cartId").asText();
    }

    private Http.Reply addItems(String cartId, String lines) {
        return cart.post("/api/v1/carts/" + cartId + "/lineItems?" + Http.TERMINAL_1, lines);
    }

    @Test
    void shouldFetchItemFromMasterDataWhenLineItemAdded() {
        String cartId = newCart();

        Http.Reply reply = addItems(cartId, "[{\"itemCode\":\"ITEM1\",\"quantity\":2},{\"itemCode\":\"ITEM2\",\"quantity\":1}]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("lineItems")).hasSize(2);
        assertThat(reply.data().path("lineItems").get(0).path("description").asText()).isEqualTo("Rice ball");
        assertThat(reply.data().path("totalAmount").asDouble()).isEqualTo(2 * 150.0 + 110.0);
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE, 200)).isEqualTo(2);
        assertThat(services.stats(Service.CART).recordsCreated("lineItem")).isEqualTo(2);
    }

    @Test
    void shouldResolveTerminalOnceAndCacheItFor300Seconds() {
        newCart();
        newCart();
        assertThat(services.stats(Service.TERMINAL).requestCount(TERMINAL_ROUTE, 200)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(300));
        newCart();

        assertThat(services.stats(Service.TERMINAL).requestCount(TERMINAL_ROUTE, 200)).isEqualTo(2);
    }

    @Test
    void shouldCacheItemDetailsFor300Seconds() {
        String cartId = newCart();
        addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]");
        addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]");
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(301));
        addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]");

        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE)).isEqualTo(2);
    }

    @Test
    void shouldAnswer404WhenItemUnknownToMasterData() {
        Http.Reply reply = addItems(newCart(), "[{\"itemCode\":\"NOPE\",\"quantity\":1}]");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("Item not found. item_code: NOPE");
    }

    @Test
    void shouldCallMasterDataWhenTheCallerSentAKnownPriority() {
        String cartId = newCart();

        Http.Reply reply = cart.header("X-Request-Priority", "low")
                .post("/api/v1/carts/" + cartId + "/lineItems?" + Http.TERMINAL_1, "[{\"itemCode\":\"ITEM1\"}]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE, 200)).isEqualTo(1);
    }

    @Test
    void shouldAnswer400WithoutCallingMasterDataWhenThePriorityIsUnknown() {
        String cartId = newCart();

        Http.Reply reply = cart.header("X-Request-Priority", "urgent")
                .post("/api/v1/carts/" + cartId + "/lineItems?" + Http.TERMINAL_1, "[{\"itemCode\":\"ITEM1\"}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("100400");
        assertThat(reply.json().path("message").asText()).contains("X-Request-Priority", "urgent", "high or low");
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE)).isZero();
    }

    @Test
    void shouldAnswer502NotNotFoundWhenMasterDataFailsWith5xx() {
        String cartId = newCart();
        services.behaviours(Service.MASTER_DATA).add(new BehaviourRule("GET", "/api/v1", Duration.ZERO, 500, -1));

        Http.Reply reply = addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.errorCode()).isEqualTo("100502");
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE, 500)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldAnswer504WhenMasterDataTooSlow() {
        String cartId = newCart();
        services.behaviours(Service.MASTER_DATA).add(new BehaviourRule("GET", "/api/v1", Duration.ofSeconds(3), 0, -1));

        Http.Reply reply = addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]");

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.errorCode()).isEqualTo("100504");
    }

    @Test
    void shouldAnswer503WhenTerminalServiceUnreachable() {
        try (ReferenceServices lonely = ReferenceServices.builder()
                .upstream(Service.TERMINAL, java.net.URI.create("http://127.0.0.1:1"))
                .upstream(Service.MASTER_DATA, services.url(Service.MASTER_DATA))
                .clientSettings(HttpClientSettings.builder()
                        .retry(r -> r.backoffBase(Duration.ofMillis(10)).backoffMax(Duration.ofMillis(20))).build())
                .start(Service.CART)) {

            Http.Reply reply = Http.to(lonely.url(Service.CART)).apiKey().post("/api/v1/carts?" + Http.TERMINAL_1, "{}");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.errorCode()).isEqualTo("100503");
        }
    }

    @Test
    void shouldAnswer401WhenTerminalRejectsApiKey() {
        Http.Reply reply = Http.to(services.url(Service.CART)).header("X-API-KEY", "wrong")
                .post("/api/v1/carts?" + Http.TERMINAL_1, "{}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(services.stats(Service.TERMINAL).requestCount(TERMINAL_ROUTE, 401)).isEqualTo(1);
    }

    @Test
    void shouldAddLinesOnceWhenIdempotencyKeyRepeated() {
        String cartId = newCart();
        Http keyed = cart.header("Idempotency-Key", "line-1");

        Http.Reply first = keyed.post("/api/v1/carts/" + cartId + "/lineItems?" + Http.TERMINAL_1, "[{\"itemCode\":\"ITEM3\"}]");
        Http.Reply second = keyed.post("/api/v1/carts/" + cartId + "/lineItems?" + Http.TERMINAL_1, "[{\"itemCode\":\"ITEM3\"}]");

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(cart.get("/api/v1/carts/" + cartId + "?" + Http.TERMINAL_1).data().path("lineItems")).hasSize(1);
        assertThat(services.stats(Service.CART).recordsCreated("lineItem")).isEqualTo(1);
    }

    @Test
    void shouldCreateCartOnceWhenIdempotencyKeyRepeated() {
        Http keyed = cart.header("Idempotency-Key", "cart-1");

        Http.Reply first = keyed.post("/api/v1/carts?" + Http.TERMINAL_1, "{}");
        Http.Reply second = keyed.post("/api/v1/carts?" + Http.TERMINAL_1, "{}");

        assertThat(second.data().path("cartId").asText()).isEqualTo(first.data().path("cartId").asText());
        assertThat(services.stats(Service.CART).recordsCreated("cart")).isEqualTo(1);
    }

    @Test
    void shouldServeTerminalTokenCallerWithServiceTokenUpstream() {
        String token = services.tokens().terminalToken(new TerminalInfo("T1-S1-2", "T1", "S1", 2, null));
        Http terminalTokenCart = Http.to(services.url(Service.CART)).bearer(token);

        String cartId = terminalTokenCart.post("/api/v1/carts", "{}").data().path("cartId").asText();
        Http.Reply reply = terminalTokenCart.post("/api/v1/carts/" + cartId + "/lineItems", "[{\"itemCode\":\"ITEM2\"}]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("terminalId").asText()).isEqualTo("T1-S1-2");
        assertThat(services.stats(Service.TERMINAL).requestCount(TERMINAL_ROUTE)).isZero();
    }

    @Test
    void shouldAnswer422WhenLineItemsMalformed() {
        String cartId = newCart();

        assertThat(addItems(cartId, "{\"itemCode\":\"ITEM1\"}").status()).isEqualTo(422);
        assertThat(addItems(cartId, "[{\"itemCode\":\"ITEM1\",\"quantity\":0}]").status()).isEqualTo(422);
        assertThat(addItems(cartId, "[{\"quantity\":1}]").status()).isEqualTo(422);
        assertThat(addItems(cartId, "[{\"itemCode\":\"ITEM1\"}]").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404WhenCartUnknown() {
        newCart();

        assertThat(addItems("no-such-cart", "[{\"itemCode\":\"ITEM1\"}]").status()).isEqualTo(404);
    }
}
