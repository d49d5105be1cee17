package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cart's transactions (row 8) and delivery-status (row 10), posted directly and by journal, report
 * and stock through client-core via their {@code POST /_admin/deliver} trigger.
 */
class TransactionsIT {

    private static final String TRANSACTIONS = "/api/v1/tenants/T1/stores/S1/terminals/1/transactions";
    private static final String DELIVERY_ROUTE = "POST /api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/"
            + "{terminal_no}/transactions/{transaction_no}/delivery-status";

    private ReferenceServices services;
    private Http cart;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.TERMINAL, Service.MASTER_DATA, Service.CART, Service.JOURNAL,
                Service.REPORT, Service.STOCK);
        cart = Http.to(services.url(Service.CART));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldListTerminalTransactionsNewestFirstWithTotalWhenTerminalCloses() {
        Http.Reply reply = cart.apiKey().get(TRANSACTIONS + "?" + Http.TERMINAL_1
                + "&business_date=20250101&open_counter=1&include_cancelled=true&limit=1&page=1&sort=generate_date_time:-1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data()).hasSize(1);
        assertThat(reply.data().get(0).path("transactionNo").asInt()).isEqualTo(2);
        assertThat(reply.json().path("metadata").path("total").asInt()).isEqualTo(2);
    }

    @Test
    void shouldLeaveOutCancelledTransactionsUnlessIncluded() {
        Http.Reply reply = cart.apiKey().get(TRANSACTIONS + "?" + Http.TERMINAL_1);

        assertThat(reply.json().path("metadata").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldEchoDeliveryStatusWhenServiceTokenPosts() {
        Http.Reply reply = cart.bearer(services.tokens().serviceToken("journal", "T1"))
                .post(TRANSACTIONS + "/1/delivery-status?terminal_id=T1-S1-1",
                        "{\"event_id\":\"ev-1\",\"service\":\"journal\",\"status\":\"received\",\"message\":\"\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("event_id").asText()).isEqualTo("ev-1");
        assertThat(reply.data().path("service").asText()).isEqualTo("journal");
        assertThat(reply.data().path("success").asBoolean()).isTrue();
    }

    @Test
    void shouldAnswer404WhenDeliveryStatusForUnknownTransaction() {
        Http.Reply reply = cart.bearer(services.tokens().serviceToken("journal", "T1"))
                .post(TRANSACTIONS + "/99/delivery-status",
                        "{\"event_id\":\"ev-1\",\"service\":\"journal\",\"status\":\"received\"}");

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer401WhenDeliveryStatusPostedWithApiKey() {
        Http.Reply reply = cart.apiKey().post(TRANSACTIONS + "/1/delivery-status?" + Http.TERMINAL_1,
                "{\"event_id\":\"ev-1\",\"service\":\"journal\",\"status\":\"received\"}");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void shouldDeliverToCartOnceWhenJournalReportAndStockTriggerTwice() {
        String body = "{\"tenantId\":\"T1\",\"storeCode\":\"S1\",\"terminalNo\":1,\"transactionNo\":1,\"eventId\":\"%s\"}";

        for (Service reporter : new Service[] {Service.JOURNAL, Service.REPORT, Service.STOCK}) {
            Http admin = Http.to(services.url(reporter));
            Http.Reply first = admin.post("/_admin/deliver", body.formatted("ev-" + reporter.serviceName()));
            Http.Reply again = admin.post("/_admin/deliver", body.formatted("ev-" + reporter.serviceName()));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().path("cart").path("service").asText()).isEqualTo(reporter.serviceName());
            assertThat(again.status()).isEqualTo(200);
        }

        assertThat(services.stats(Service.CART).requestCount(DELIVERY_ROUTE, 200)).isEqualTo(6);
        assertThat(services.stats(Service.CART).recordsCreated("deliveryStatus")).isEqualTo(3);
    }

    @Test
    void shouldAnswer404FromTriggerWhenCartDoesNotKnowTransaction() {
        Http.Reply reply = Http.to(services.url(Service.JOURNAL)).post("/_admin/deliver",
                "{\"tenantId\":\"T1\",\"storeCode\":\"S1\",\"terminalNo\":1,\"transactionNo\":77}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).contains("T1-S1-1#77");
    }
}
