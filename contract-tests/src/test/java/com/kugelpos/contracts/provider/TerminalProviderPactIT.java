package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;

/** Verifies the pacts of cart, journal and report with terminal. */
@Provider("terminal")
class TerminalProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.TERMINAL};
    }

    @State(ProviderStates.TERMINAL_UNKNOWN)
    void terminalUnknown() {
        setUp(ProviderStates.TERMINAL_UNKNOWN);
    }

    @State(ProviderStates.TERMINAL_EVENT_PUBLISHED)
    void terminalEventPublished() {
        setUp(ProviderStates.TERMINAL_EVENT_PUBLISHED);
    }

    @State(ProviderStates.API_KEY_UNKNOWN)
    void apiKeyUnknown() {
        setUp(ProviderStates.API_KEY_UNKNOWN);
    }

    @State(ProviderStates.STORE_EXISTS)
    void storeExists() {
        setUp(ProviderStates.STORE_EXISTS);
    }

    @State(ProviderStates.STORE_UNKNOWN)
    void storeUnknown() {
        setUp(ProviderStates.STORE_UNKNOWN);
    }

    @State(ProviderStates.TERMINALS_OF_STORE_EXIST)
    void terminalsOfStoreExist() {
        setUp(ProviderStates.TERMINALS_OF_STORE_EXIST);
    }
}
