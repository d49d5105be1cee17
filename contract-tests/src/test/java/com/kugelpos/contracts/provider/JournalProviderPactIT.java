package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.fixtures.DataStore;

/** Verifies the pacts of terminal and report with journal. */
@Provider("journal")
class JournalProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.JOURNAL, Service.CART, Service.TERMINAL, Service.MASTER_DATA};
    }

    @State(ProviderStates.TERMINAL_EXISTS)
    void terminalExists() {
        target.admin().putFixture(DataStore.TERMINALS, ContractIds.TENANT, ContractIds.TERMINAL_ID);
    }
}
