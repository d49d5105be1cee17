package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;

/** Verifies the pacts of terminal, journal, report and stock with cart. Cart resolves API keys
 * through terminal, so in-process it runs with its upstreams. */
@Provider("cart")
class CartProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.CART, Service.TERMINAL, Service.MASTER_DATA};
    }

    @State(ProviderStates.TRANSACTIONS_EXIST)
    void transactionsExist() {
        setUp(ProviderStates.TRANSACTIONS_EXIST);
    }

    @State(ProviderStates.TRANSACTION_PUBLISHED)
    void transactionPublished() {
        setUp(ProviderStates.TRANSACTION_PUBLISHED);
    }
}
