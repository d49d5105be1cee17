package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import com.kugelpos.reference.Service;

/** Verifies terminal's pact with stock (the tenant fan-out); its states are the shared ones. */
@Provider("stock")
class StockProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.STOCK, Service.CART, Service.TERMINAL, Service.MASTER_DATA};
    }
}
