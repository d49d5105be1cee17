package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalServiceIT {

    private static final String JOURNALS = "/api/v1/tenants/T1/stores/S1/terminals/1/journals";
    private static final String JOURNAL = "{\"tenantId\":\"T1\",\"storeCode\":\"S1\",\"terminalNo\":1,"
            + "\"transactionType\":101,\"businessDate\":\"20250101\",\"openCounter\":1,\"businessCounter\":1,"
            + "\"generateDateTime\":\"2025-01-01T10:00:00Z\",\"receiptNo\":1,\"amount\":300.0,\"quantity\":2,"
            + "\"staffId\":\"S01\",\"userId\":\"U1\",\"journalText\":\"...\",\"receiptText\":\"...\"}";

    private ReferenceServices services;
    private Http journal;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.CART, Service.MASTER_DATA, Service.TERMINAL, Service.JOURNAL);
        journal = Http.to(services.url(Service.JOURNAL)).bearer(services.tokens().serviceToken("report", "T1"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldCreateJournalWith201WhenValid() {
        Http.Reply reply = journal.post(JOURNALS, JOURNAL);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("code").asInt()).isEqualTo(200);
        assertThat(reply.data().path("receipt_no").asInt()).isEqualTo(1);
        assertThat(reply.data().path("journal_text").isTextual()).isTrue();
        assertThat(services.stats(Service.JOURNAL).recordsCreated("journal")).isEqualTo(1);
    }

    @Test
    void shouldStoreOneJournalWhenIdempotencyKeyRepeated() {
        Http keyed = journal.header("Idempotency-Key", "j-1");

        Http.Reply first = keyed.post(JOURNALS, JOURNAL);
        Http.Reply second = keyed.post(JOURNALS, JOURNAL);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().get("idempotent-replayed")).containsExactly("true");
        assertThat(services.stats(Service.JOURNAL).recordsCreated("journal")).isEqualTo(1);
        assertThat(journal.get(JOURNALS).json().path("metadata").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswer422WhenKeyReusedWithOtherBody() {
        Http keyed = journal.header("Idempotency-Key", "j-2");
        keyed.post(JOURNALS, JOURNAL);

        Http.Reply reply = keyed.post(JOURNALS, JOURNAL.replace("300.0", "301.0"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorCode()).isEqualTo("100007");
    }

    @Test
    void shouldAnswer422WhenJournalTextMissingOrReceiptNoMistyped() {
        assertThat(journal.post(JOURNALS, JOURNAL.replace("\"journalText\":", "\"noJournalText\":")).status()).isEqualTo(422);
        assertThat(journal.post(JOURNALS, JOURNAL.replace("\"receiptNo\":1", "\"receiptNo\":\"one\"")).json()
                .path("message").asText()).contains("receiptNo must be an integer");
        assertThat(journal.post(JOURNALS, JOURNAL).status()).isEqualTo(201);
    }

    @Test
    void shouldAnswer400WhenBodyTenantDiffersFromPath() {
        assertThat(journal.post(JOURNALS, JOURNAL.replace("\"tenantId\":\"T1\"", "\"tenantId\":\"T2\"")).status())
                .isEqualTo(400);
    }

    @Test
    void shouldAnswer400WhenPathTenantDiffersFromToken() {
        assertThat(journal.post(JOURNALS.replace("/T1/", "/T2/"), JOURNAL).status()).isEqualTo(400);
    }

    @Test
    void shouldAnswer401WhenNoCredentials() {
        assertThat(Http.to(services.url(Service.JOURNAL)).post(JOURNALS, JOURNAL).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer422WhenTerminalNoInPathIsNotANumber() {
        assertThat(journal.post(JOURNALS.replace("/terminals/1/", "/terminals/one/"), JOURNAL).status()).isEqualTo(422);
    }
}
