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

    private static final String ITEM_DETAILS = "a request for the details of item ITEM1";

    @Test
    void shouldFailNamingInteractionAndFieldWhenProviderRenamedAField() {
        EngineExecutionResults results = run(RenamedUnitPrice.class);

        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(13);
        String report = failureMessage(results.testEvents().failed().list().get(0));
        System.out.println("What a broken provider prints:" + System.lineSeparator() + report);
        assertThat(report)
                .contains("Verifying a pact between cart and master-data - " + ITEM_DETAILS + " has a matching body")
                .contains("$.data Actual map is missing the following keys: unitPrice")
                .contains("-  \"unitPrice\": 150.0");
    }

    @Test
    void shouldVerifyTheRunningProviderWhenGivenItsUrl() {
        try (ReferenceServices running = ReferenceServices.start(Service.TERMINAL)) {
            String property = "pact.provider.terminal.url";
            System.setProperty(property, running.url(Service.TERMINAL).toString());
            EngineExecutionResults results;
            try {
                results = run(TerminalProviderPactIT.class);
            } finally {
                System.clearProperty(property);
            }

            assertThat(results.testEvents().failed().count()).isZero();
            assertThat(results.testEvents().succeeded().count()).isEqualTo(6);
            assertThat(running.stats(Service.TERMINAL).requestCount("GET /api/v1/terminals/{terminal_id}")).isEqualTo(2);
        }
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
            ObjectNode item = ProviderAdmin.fixture(DataStore.ITEMS, ContractIds.TENANT, ContractIds.ITEM);
            item.set("price", item.remove("unitPrice"));
            target.admin().putRecord(DataStore.ITEMS, ContractIds.TENANT, ContractIds.ITEM, item);
        }
    }
}
