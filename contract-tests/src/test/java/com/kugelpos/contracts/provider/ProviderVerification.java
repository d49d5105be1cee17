package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;
import java.net.MalformedURLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every pact of one provider ({@code @Provider} on the subclass) against it: one test per
 * interaction, each after its provider states. Every {@code @State} method hands its state to the
 * target's {@link ProviderStateSetup} (Java in-process, the provider's state-change URL otherwise);
 * the credential states live here, since every provider has them, each subclass adds the data
 * states of its own contracts and names the reference services to start in-process.
 */
@PactSource(ContractPactLoader.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderVerification {

    /** The provider under verification; set for the life of the suite. */
    protected ProviderTarget target;

    /** The reference services to start when no running provider is given: the provider and its upstreams. */
    protected abstract Service[] inProcessServices();

    /** The consumer versions whose pacts a broker hands this suite ({@link BrokerVerification}). */
    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder consumerVersionSelectors() {
        return BrokerVerification.selectors();
    }

    @BeforeAll
    void startProvider() {
        target = ProviderTarget.of(getClass().getAnnotation(Provider.class).value(), inProcessServices());
        VerificationResults.configure(target);
    }

    @AfterAll
    void stopProvider() {
        target.close();
    }

    @BeforeEach
    void aimAtProvider(PactVerificationContext context) throws MalformedURLException {
        context.setTarget(HttpTestTarget.fromUrl(target.url().toURL()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    /** Sets {@code state} up on the target. */
    protected Map<String, Object> setUp(String state) {
        return setUp(state, Map.of());
    }

    /** Sets {@code state} up on the target with {@code params}. */
    protected Map<String, Object> setUp(String state, Map<String, Object> params) {
        return target.states().setUp(state, params);
    }

    @State(ProviderStates.HOLDS_TERMINAL_API_KEY)
    Map<String, Object> terminalApiKey() {
        return setUp(ProviderStates.HOLDS_TERMINAL_API_KEY);
    }

    @State(ProviderStates.HOLDS_TERMINAL_TOKEN)
    Map<String, Object> terminalToken() {
        return setUp(ProviderStates.HOLDS_TERMINAL_TOKEN);
    }

    @State(ProviderStates.HOLDS_SERVICE_TOKEN)
    Map<String, Object> serviceToken(Map<String, Object> params) {
        return setUp(ProviderStates.HOLDS_SERVICE_TOKEN, params);
    }

    @State(ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN)
    Map<String, Object> newTenantUserToken() {
        return setUp(ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN);
    }

    @State(ProviderStates.NEW_TENANT_ABSENT)
    void newTenantAbsent() {
        setUp(ProviderStates.NEW_TENANT_ABSENT);
    }

    @State(ProviderStates.TERMINAL_EXISTS)
    void terminalExists() {
        setUp(ProviderStates.TERMINAL_EXISTS);
    }
}
