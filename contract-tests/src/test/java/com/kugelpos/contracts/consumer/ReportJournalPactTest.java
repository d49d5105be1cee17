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
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.JsonRequests;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.Patterns;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report's call to journal: posting a report as a journal entry (row 14, service token), with the
 * camelCase body report/app/services/report_service.py builds ({@code receiptNo} 0,
 * {@code userId} null, {@code generateDateTime} from {@code get_app_time_str()}, i.e. Python's
 * {@code isoformat()}). Report reads nothing of the answer; upstream's journal answers HTTP 201
 * with envelope {@code code} 200 and snake_case {@code data}, so the contract pins the status and
 * {@code success} only. A body without the journal's required fields gets 422.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "journal")
class ReportJournalPactTest {

    private static final String PATH = "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/journals";
    private static final Journal JOURNAL = new Journal(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO,
            301, ContractIds.BUSINESS_DATE, 1, 1, "2025-01-01T21:00:00.123456+09:00", 0, 0.0, 0, ContractIds.STAFF, null,
            "Daily sales report", "Daily sales report");

    @Pact(consumer = "report")
    V4Pact postJournal(PactDslWithProvider builder) {
        return JsonRequests.body(post(builder, "a journal entry for a daily report of terminal T1-S1-1"), journal())
                .willRespondWith()
                .status(201)
                .body(Envelopes.accepted())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "postJournal")
    void shouldCreateJournalWhenTerminalExists(MockServer server) {
        ServiceResponse response = PactClients.call(server, "journal", journal -> journal.postBlocking(PATH, JOURNAL,
                options()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.json().path("success").asBoolean()).isTrue();
    }

    @Pact(consumer = "report")
    V4Pact postIncompleteJournal(PactDslWithProvider builder) {
        PactDslJsonBody incomplete = new PactDslJsonBody();
        incomplete.stringValue("tenantId", ContractIds.TENANT)
                .stringValue("storeCode", ContractIds.STORE)
                .numberValue("terminalNo", ContractIds.TERMINAL_NO);
        return JsonRequests.body(post(builder, "a journal entry without its texts and counters"), incomplete)
                .willRespondWith()
                .status(422)
                .body(Envelopes.error(UpstreamErrorCodes.VALIDATION_ERROR))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "postIncompleteJournal")
    void shouldFailWith422WhenJournalIsIncomplete(MockServer server) {
        Map<String, Object> incomplete = Map.of(
                "tenantId", ContractIds.TENANT, "storeCode", ContractIds.STORE, "terminalNo", ContractIds.TERMINAL_NO);
        Failures.assertFails(server, "journal", journal -> journal.postBlocking(PATH, incomplete, options()),
                422, UpstreamErrorCodes.VALIDATION_ERROR);
    }

    private static PactDslRequestWithPath post(PactDslWithProvider builder, String description) {
        return ExampleCredentials.bearer(builder.given(ProviderStates.TERMINAL_EXISTS)
                        .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, "report"))
                        .uponReceiving(description)
                        .method("POST")
                        .path("/api/v1/tenants/T1/stores/S1/terminals/1/journals"),
                ExampleCredentials.serviceToken("report"));
    }

    private static RequestOptions options() {
        return RequestOptions.builder()
                .pathParams(ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO)
                .credentials(Credentials.bearer(ExampleCredentials.serviceToken("report")))
                .build();
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
                .stringMatcher("generateDateTime", Patterns.ISO_DATE_TIME, JOURNAL.generateDateTime())
                .integerType("receiptNo", JOURNAL.receiptNo())
                .numberType("amount", JOURNAL.amount())
                .integerType("quantity", JOURNAL.quantity())
                .stringType("staffId", JOURNAL.staffId())
                .nullValue("userId")
                .stringType("journalText", JOURNAL.journalText())
                .stringType("receiptText", JOURNAL.receiptText());
        return body;
    }
}
