package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.TerminalSummary;
import com.kugelpos.contracts.consumer.support.DeliveryStatusContract;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TerminalAuth;
import com.kugelpos.contracts.consumer.support.TerminalBodies;
import com.kugelpos.contracts.ContractIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report's calls to terminal: a delivery status (row 11; without event id: 422) and the terminals of
 * a store (row 13, report/app/models/repositories/terminal_info_web_repository.py
 * {@code get_terminal_info_list_async}: {@code store_code, limit=0, page=1, sort=terminal_no:1},
 * with the API key and {@code terminal_id} of the terminal that asked for the report, or its token).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "terminal")
class ReportTerminalPactTest {

    private static final String SERVICE = "terminal";
    private static final String LIST_QUERY = "store_code=S1&limit=0&page=1&sort=terminal_no:1";

    @Pact(consumer = "report")
    V4Pact deliveryStatus(PactDslWithProvider builder) {
        return DeliveryStatusContract.toTerminal(builder, "report");
    }

    @Test
    @PactTestFor(pactMethod = "deliveryStatus")
    void shouldReportDeliveryWhenEventWasReceived(MockServer server) {
        DeliveryStatusContract.reportToTerminalAndAssert(server, "report");
    }

    @Pact(consumer = "report")
    V4Pact deliveryStatusWithoutEventId(PactDslWithProvider builder) {
        return DeliveryStatusContract.invalidToTerminal(builder, "report");
    }

    @Test
    @PactTestFor(pactMethod = "deliveryStatusWithoutEventId")
    void shouldFailWith422WhenEventIdIsMissing(MockServer server) {
        DeliveryStatusContract.reportInvalidToTerminalAndAssert(server, "report");
    }

    @Pact(consumer = "report")
    V4Pact terminalsOfStoreByApiKey(PactDslWithProvider builder) {
        return terminalsOfStore(builder, TerminalAuth.LEGACY);
    }

    @Test
    @PactTestFor(pactMethod = "terminalsOfStoreByApiKey")
    void shouldParseTerminalsWhenApiKeyIsValid(MockServer server) {
        assertTerminals(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "report")
    V4Pact terminalsOfStoreByTerminalToken(PactDslWithProvider builder) {
        return terminalsOfStore(builder, TerminalAuth.TERMINAL_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "terminalsOfStoreByTerminalToken")
    void shouldParseTerminalsWhenTerminalTokenIsValid(MockServer server) {
        assertTerminals(server, TerminalAuth.TERMINAL_TOKEN);
    }

    private static V4Pact terminalsOfStore(PactDslWithProvider builder, TerminalAuth auth) {
        return auth.request(builder, ProviderStates.TERMINALS_OF_STORE_EXIST, "a request for all terminals of store S1",
                        "GET", "/api/v1/terminals", LIST_QUERY)
                .willRespondWith()
                .status(200)
                .body(Envelopes.list(TerminalBodies.terminalSummary()))
                .toPact(V4Pact.class);
    }

    private static void assertTerminals(MockServer server, TerminalAuth auth) {
        TerminalSummary[] terminals = PactClients.call(server, SERVICE, terminal -> terminal.getBlocking("/api/v1/terminals",
                auth.options()
                        .query("store_code", ContractIds.STORE)
                        .query("limit", 0)
                        .query("page", 1)
                        .query("sort", "terminal_no:1")
                        .build())).data(TerminalSummary[].class);

        assertThat(terminals).containsExactly(new TerminalSummary(1));
    }
}
