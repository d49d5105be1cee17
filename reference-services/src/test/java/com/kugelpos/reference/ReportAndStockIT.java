package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report service's sales report and the stock service's stock endpoints. */
class ReportAndStockIT {

    private ReferenceServices services;
    private Http report;
    private Http stock;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.CART, Service.MASTER_DATA, Service.TERMINAL, Service.REPORT,
                Service.STOCK);
        report = Http.to(services.url(Service.REPORT)).apiKey();
        stock = Http.to(services.url(Service.STOCK)).apiKey();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldSumSalesAndCountCancelledWhenFlashSalesReportAsked() {
        Http.Reply reply = report.get("/api/v1/tenants/T1/stores/S1/reports?" + Http.TERMINAL_1
                + "&report_scope=flash&report_type=sales&business_date=20250101");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("salesGross").path("amount").asDouble()).isEqualTo(300.0);
        assertThat(reply.data().path("salesGross").path("count").asInt()).isEqualTo(1);
        assertThat(reply.data().path("cancelled").path("count").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswer422WhenReportBusinessDateMissing() {
        assertThat(report.get("/api/v1/tenants/T1/stores/S1/reports?" + Http.TERMINAL_1).status()).isEqualTo(422);
    }

    @Test
    void shouldAnswer400WhenReportForOtherTenant() {
        assertThat(report.get("/api/v1/tenants/T2/stores/S1/reports?" + Http.TERMINAL_1 + "&business_date=20250101")
                .status()).isEqualTo(400);
    }

    @Test
    void shouldListStockWithPagingWhenAsked() {
        Http.Reply reply = stock.get("/api/v1/tenants/T1/stores/S1/stock?" + Http.TERMINAL_1 + "&limit=2");

        assertThat(reply.data()).hasSize(2);
        assertThat(reply.json().path("metadata").path("total").asInt()).isEqualTo(3);
    }

    @Test
    void shouldReturnItemStockAnd404WhenUnknown() {
        assertThat(stock.get("/api/v1/tenants/T1/stores/S1/stock/ITEM3?" + Http.TERMINAL_1).data()
                .path("currentQuantity").asInt()).isEqualTo(5);
        assertThat(stock.get("/api/v1/tenants/T1/stores/S1/stock/NOPE?" + Http.TERMINAL_1).status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer401WhenStockAskedWithoutCredentials() {
        assertThat(Http.to(services.url(Service.STOCK)).get("/api/v1/tenants/T1/stores/S1/stock").status())
                .isEqualTo(401);
    }
}
