package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import com.kugelpos.reference.Service;

/** Verifies terminal's pact with report (the tenant fan-out); its states are the shared ones. */
@Provider("report")
class ReportProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.REPORT, Service.CART, Service.TERMINAL, Service.MASTER_DATA};
    }
}
