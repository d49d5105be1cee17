package com.kugelpos.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.State;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.fixtures.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs provider suites the way the build does (JUnit's engine) and checks their outcome: a provider
 * that broke its contract fails with a readable diff, and a provider given by URL is verified
 * where it runs.
 */
class VerificationModesIT {

    private static final String ITEM_DETAILS = "a request for the details of item ITEM1 with the terminal's API key";
    /** The interactions in the pacts with terminal (cart 7, journal 2, report 4). */
    private static final int TERMINAL_INTERACTIONS = 13;
    /** The interactions in the pacts with master-data (cart 13, terminal 6, report 4). */
    private static final int MASTER_DATA_INTERACTIONS = 23;

    @Test
    void shouldFailNamingInteractionAndFieldWhenProviderRenamedAField() {
        EngineExecutionResults results = run(RenamedUnitPrice.class);

        assertThat(results.testEvents().failed().count()).isEqualTo(2);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(MASTER_DATA_INTERACTIONS - 2);
        String report = results.testEvents().failed().list().stream()
                .map(VerificationModesIT::failureMessage)
                .filter(message -> message.contains(ITEM_DETAILS))
                .findFirst()
                .orElse("(no failure of " + ITEM_DETAILS + ")");
        System.out.println("What a broken provider prints:" + System.lineSeparator() + report);
        assertThat(report)
                .contains("Verifying a pact between cart and master-data - " + ITEM_DETAILS + " has a matching body")
                .contains("$.data Actual map is missing the following keys: unitPrice")
                .contains("-  \"unitPrice\": 150.0");
    }

    @Test
    void shouldVerifyTheRunningProviderThroughItsStateChangeUrlWhenGivenItsUrl() throws Exception {
        try (ReferenceServices running = ReferenceServices.start(Service.TERMINAL);
                StateChangeEndpoint states = StateChangeEndpoint.start(new EmbeddedStates(running))) {
            String url = "pact.provider.terminal.url";
            String stateChangeUrl = "pact.provider.terminal.stateChangeUrl";
            System.setProperty(url, running.url(Service.TERMINAL).toString());
            System.setProperty(stateChangeUrl, states.url().toString());
            EngineExecutionResults results;
            try {
                results = run(TerminalProviderPactIT.class);
            } finally {
                System.clearProperty(url);
                System.clearProperty(stateChangeUrl);
            }

            assertThat(results.testEvents().failed().count()).isZero();
            assertThat(results.testEvents().succeeded().count()).isEqualTo(TERMINAL_INTERACTIONS);
            assertThat(states.setUps()).isGreaterThanOrEqualTo(TERMINAL_INTERACTIONS);
            assertThat(running.stats(Service.TERMINAL).requestCount("GET /api/v1/terminals/{terminal_id}")).isEqualTo(4);
        }
    }

    @Test
    void shouldRefuseARunningProviderWithoutStateChangeUrl() {
        String url = "pact.provider.terminal.url";
        System.setProperty(url, "http://127.0.0.1:9");
        EngineExecutionResults results;
        try {
            results = run(TerminalProviderPactIT.class);
        } finally {
            System.clearProperty(url);
        }

        assertThat(results.containerEvents().failed().count()).isEqualTo(1);
        assertThat(failureMessage(results.containerEvents().failed().list().get(0)))
                .contains("-Dpact.provider.terminal.stateChangeUrl=");
    }

    private static EngineExecutionResults run(Class<?> suite) {
        return EngineTestKit.engine("junit-jupiter").selectors(DiscoverySelectors.selectClass(suite)).execute();
    }

    private static String failureMessage(Event failed) {
        return failed.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElse("(no message)");
    }

    /** Master-data after a change that renamed {@code unitPrice} to {@code price} in item details. */
    static class RenamedUnitPrice extends MasterDataProviderPactIT {

        @Override
        @State(ProviderStates.ITEM_EXISTS)
        void itemExists() {
            ObjectNode item = EmbeddedStates.fixture(DataStore.ITEMS, ContractIds.ITEM);
            item.set("price", item.remove("unitPrice"));
            target.embeddedStates().put(DataStore.ITEMS, ContractIds.ITEM, item);
        }
    }
}
