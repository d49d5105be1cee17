package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.fixtures.DataStore;
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
 * interaction, each after its provider states. The credential states live here, since every
 * provider has them; each subclass adds the data states of its own contracts and names the
 * reference services to start in-process.
 */
@PactSource(ContractPactLoader.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderVerification {

    /** The provider under verification; set for the life of the suite. */
    protected ProviderTarget target;

    /** The reference services to start when no running provider is given: the provider and its upstreams. */
    protected abstract Service[] inProcessServices();

    @BeforeAll
    void startProvider() {
        target = ProviderTarget.of(getClass().getAnnotation(Provider.class).value(), inProcessServices());
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

    @State(ProviderStates.HOLDS_TERMINAL_API_KEY)
    Map<String, Object> terminalApiKey() {
        target.admin().putFixture(DataStore.TERMINALS, ContractIds.TENANT, ContractIds.TERMINAL_ID);
        return Map.of(ProviderStates.API_KEY, target.apiKey());
    }

    @State(ProviderStates.HOLDS_TERMINAL_TOKEN)
    Map<String, Object> terminalToken() {
        TerminalInfo terminal = new TerminalInfo(ContractIds.TERMINAL_ID, ContractIds.TENANT, ContractIds.STORE,
                ContractIds.TERMINAL_NO, target.apiKey());
        return Map.of(ProviderStates.TOKEN, target.tokens().terminalToken(terminal));
    }

    @State(ProviderStates.HOLDS_SERVICE_TOKEN)
    Map<String, Object> serviceToken(Map<String, Object> params) {
        String service = String.valueOf(params.get(ProviderStates.SERVICE_PARAM));
        return Map.of(ProviderStates.TOKEN, target.tokens().serviceToken(service, ContractIds.TENANT));
    }

    @State(ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN)
    Map<String, Object> newTenantUserToken() {
        return Map.of(ProviderStates.TOKEN, target.tokens().userToken(ContractIds.NEW_TENANT, "admin", true));
    }

    @State(ProviderStates.NEW_TENANT_ABSENT)
    void newTenantAbsent() {
        target.admin().removeTenant(ContractIds.NEW_TENANT);
    }
}
