package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.TerminalSummary;
import com.kugelpos.contracts.consumer.support.DeliveryStatusContract;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TerminalBodies;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Report's calls to terminal: a delivery status (row 11) and the terminals of a store (row 13, service token). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "terminal")
class ReportTerminalPactTest {

    private static final String SERVICE = "terminal";

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
    V4Pact terminalsOfStore(PactDslWithProvider builder) {
        return ExampleCredentials.bearer(builder.given(ProviderStates.TERMINALS_OF_STORE_EXIST)
                                .given(ProviderStates.HOLDS_SERVICE_TOKEN, Map.of(ProviderStates.SERVICE_PARAM, "report"))
                                .uponReceiving("a request for all terminals of store S1")
                                .method("GET")
                                .path("/api/v1/terminals")
                                .query("store_code=S1&limit=0&page=1&sort=terminal_no:1"),
                        ExampleCredentials.serviceToken("report"))
                .willRespondWith()
                .status(200)
                .body(Envelopes.list(TerminalBodies.terminalSummary()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "terminalsOfStore")
    void shouldParseTerminalsWhenStoreHasTerminals(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE, terminal -> terminal.getBlocking("/api/v1/terminals",
                RequestOptions.builder()
                        .query("store_code", ContractIds.STORE)
                        .query("limit", 0)
                        .query("page", 1)
                        .query("sort", "terminal_no:1")
                        .credentials(Credentials.bearer(ExampleCredentials.serviceToken("report")))
                        .build()));

        TerminalSummary[] terminals = response.data(TerminalSummary[].class);
        assertThat(terminals).extracting(TerminalSummary::terminalId).containsExactly(ContractIds.TERMINAL_ID);
        assertThat(response.json().path("metadata").path("total").asInt()).isEqualTo(1);
    }
}
