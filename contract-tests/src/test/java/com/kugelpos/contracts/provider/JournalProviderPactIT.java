package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import com.kugelpos.reference.Service;

/** Verifies the pacts of terminal and report with journal; its states are the shared ones. */
@Provider("journal")
class JournalProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.JOURNAL, Service.CART, Service.TERMINAL, Service.MASTER_DATA};
    }
}
