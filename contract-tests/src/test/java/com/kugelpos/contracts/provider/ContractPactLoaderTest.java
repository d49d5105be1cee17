package com.kugelpos.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Pact;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractPactLoaderTest {

    private static final String BROKER_URL = "pactbroker.url";
    private static final String PUBLISH_RESULTS = "pact.verifier.publishResults";

    private String brokerUrl;
    private String publishResults;

    @BeforeEach
    void clearProperties() {
        brokerUrl = System.clearProperty(BROKER_URL);
        publishResults = System.clearProperty(PUBLISH_RESULTS);
    }

    @AfterEach
    void restoreProperties() {
        restore(BROKER_URL, brokerUrl);
        restore(PUBLISH_RESULTS, publishResults);
    }

    @Test
    void shouldLoadTheCommittedPactsOfAProviderWhenNoBrokerIsGiven() throws Exception {
        ContractPactLoader loader = new ContractPactLoader(CartProviderPactIT.class);

        List<Pact> pacts = loader.load("cart");

        assertThat(pacts).extracting(pact -> pact.getConsumer().getName())
                .containsExactlyInAnyOrder("terminal", "journal", "report", "stock");
        assertThat(System.getProperty(PUBLISH_RESULTS)).isNull();
    }

    @Test
    void shouldReadFromTheBrokerWithoutTurningPublishingOnWhenABrokerIsGiven() {
        System.setProperty(BROKER_URL, "http://127.0.0.1:9292");

        ContractPactLoader loader = new ContractPactLoader(CartProviderPactIT.class);

        assertThat(loader.description()).contains("Pact Broker").contains("127.0.0.1:9292");
        assertThat(System.getProperty(PUBLISH_RESULTS)).isNull();
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
