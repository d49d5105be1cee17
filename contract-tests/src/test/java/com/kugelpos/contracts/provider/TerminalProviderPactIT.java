package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.fixtures.DataStore;

/** Verifies the pacts of cart, journal and report with terminal. */
@Provider("terminal")
class TerminalProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.TERMINAL};
    }

    @State({ProviderStates.TERMINAL_EXISTS, ProviderStates.API_KEY_UNKNOWN})
    void terminalExists() {
        target.admin().putFixture(DataStore.TERMINALS, ContractIds.TENANT, ContractIds.TERMINAL_ID);
    }

    @State(ProviderStates.STORE_EXISTS)
    void storeExists() {
        target.admin().putFixture(DataStore.STORES, ContractIds.TENANT, ContractIds.STORE);
    }

    @State(ProviderStates.TERMINALS_OF_STORE_EXIST)
    void terminalsOfStoreExist() {
        target.admin()
                .putFixture(DataStore.TERMINALS, ContractIds.TENANT, ContractIds.TERMINAL_ID)
                .putFixture(DataStore.TERMINALS, ContractIds.TENANT, "T1-S1-2");
    }
}
