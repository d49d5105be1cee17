package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.Journal;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.JsonRequests;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.Patterns;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Report's call to journal: posting a report as a journal entry (row 14, service token, 201). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "journal")
class ReportJournalPactTest {

    private static final Journal JOURNAL = new Journal(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO,
            301, ContractIds.BUSINESS_DATE, 1, 1, "2025-01-01T21:00:00Z", 12, 300.0, 2, ContractIds.STAFF, "report",
            "Daily sales report", "Daily sales report");

    @Pact(consumer = "report")
    V4Pact postJournal(PactDslWithProvider builder) {
        PactDslRequestWithPath post = ExampleCredentials.bearer(builder.given(ProviderStates.TERMINAL_EXISTS)
                        .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, "report"))
                        .uponReceiving("a journal entry for a daily report of terminal T1-S1-1")
                        .method("POST")
                        .path("/api/v1/tenants/T1/stores/S1/terminals/1/journals"),
                ExampleCredentials.serviceToken("report"));
        return JsonRequests.body(post, journal())
                .willRespondWith()
                .status(201)
                .body(Envelopes.success(201, created()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "postJournal")
    void shouldCreateJournalWhenTerminalExists(MockServer server) {
        ServiceResponse response = PactClients.call(server, "journal", journal -> journal.postBlocking(
                "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/journals", JOURNAL,
                RequestOptions.builder()
                        .pathParams(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO)
                        .credentials(Credentials.bearer(ExampleCredentials.serviceToken("report")))
                        .build()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.data().path("receiptNo").asInt()).isEqualTo(JOURNAL.receiptNo());
    }

    /** What report sends: the tenant, store and terminal of the path pinned, the report's figures typed. */
    private static PactDslJsonBody journal() {
        PactDslJsonBody body = new PactDslJsonBody();
        body.stringValue("tenantId", JOURNAL.tenantId())
                .stringValue("storeCode", JOURNAL.storeCode())
                .numberValue("terminalNo", JOURNAL.terminalNo())
                .integerType("transactionType", JOURNAL.transactionType())
                .stringMatcher("businessDate", Patterns.BUSINESS_DATE, JOURNAL.businessDate())
                .integerType("openCounter", JOURNAL.openCounter())
                .integerType("businessCounter", JOURNAL.businessCounter())
                .stringMatcher("generateDateTime", Patterns.DATE_TIME, JOURNAL.generateDateTime())
                .integerType("receiptNo", JOURNAL.receiptNo())
                .numberType("amount", JOURNAL.amount())
                .integerType("quantity", JOURNAL.quantity())
                .stringType("staffId", JOURNAL.staffId())
                .stringType("userId", JOURNAL.userId())
                .stringType("journalText", JOURNAL.journalText())
                .stringType("receiptText", JOURNAL.receiptText());
        return body;
    }

    /** What report reads back: the stored journal's keys. */
    private static PactDslJsonBody created() {
        PactDslJsonBody data = new PactDslJsonBody();
        data.stringMatcher("tenantId", Patterns.CODE, JOURNAL.tenantId())
                .stringMatcher("storeCode", Patterns.CODE, JOURNAL.storeCode())
                .integerType("terminalNo", JOURNAL.terminalNo())
                .integerType("receiptNo", JOURNAL.receiptNo());
        return data;
    }
}
