package com.kugelpos.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.core.model.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.contracts.publish.BrokerStub;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractPactLoaderTest {

    private static final List<String> PROPERTIES = List.of("pactbroker.url", "pact.verifier.publishResults",
            "pact.provider.branch", "pactbroker.providerBranch", "pactbroker.enablePending",
            "pactbroker.includeWipPactsSince");

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void clearProperties() {
        for (String property : PROPERTIES) {
            String value = System.clearProperty(property);
            if (value != null) {
                saved.put(property, value);
            }
        }
    }

    @AfterEach
    void restoreProperties() {
        PROPERTIES.forEach(System::clearProperty);
        saved.forEach(System::setProperty);
    }

    @Test
    void shouldLoadTheCommittedPactsOfAProviderWhenNoBrokerIsGiven() throws Exception {
        ContractPactLoader loader = new ContractPactLoader(CartProviderPactIT.class);

        List<Pact> pacts = loader.load("cart");

        assertThat(pacts).extracting(pact -> pact.getConsumer().getName())
                .containsExactlyInAnyOrder("terminal", "journal", "report", "stock");
        assertThat(System.getProperty("pact.verifier.publishResults")).isNull();
    }

    @Test
    void shouldRefuseABrokerWithoutTheProviderBranch() {
        System.setProperty("pactbroker.url", "http://127.0.0.1:9292");

        IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                () -> new ContractPactLoader(CartProviderPactIT.class));

        assertThat(failure.getMessage()).contains("-Dpact.provider.branch=");
    }

    @Test
    void shouldAskForSelectedPendingAndWipPactsWithTheProviderBranchWhenABrokerIsGiven() throws Exception {
        try (BrokerStub broker = BrokerStub.start()) {
            System.setProperty("pactbroker.url", broker.url().toString());
            System.setProperty("pact.provider.branch", "feature/x");
            ContractPactLoader loader = new ContractPactLoader(CartProviderPactIT.class);
            loader.initLoader(CartProviderPactIT.class, null);

            catchThrowable(() -> loader.load("cart"));

            assertThat(loader.description()).contains("Pact Broker");
            assertThat(System.getProperty("pact.verifier.publishResults")).isNull();
            BrokerStub.Received request = broker.received().stream()
                    .filter(received -> received.path().equals("/pacts/provider/cart/for-verification"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no pacts-for-verification request: " + broker.received()));
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertThat(body.path("consumerVersionSelectors").toString())
                    .contains("\"mainBranch\":true", "\"deployedOrReleased\":true", "\"matchingBranch\":true");
            assertThat(body.path("includePendingStatus").asBoolean()).isTrue();
            assertThat(body.path("includeWipPactsSince").asText()).isEqualTo(BrokerVerification.DEFAULT_WIP_SINCE);
            assertThat(body.path("providerVersionBranch").asText()).isEqualTo("feature/x");
        }
    }
}
