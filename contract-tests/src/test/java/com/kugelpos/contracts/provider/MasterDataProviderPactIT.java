package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;

/** Verifies the pacts of cart, terminal and report with master-data. */
@Provider("master-data")
class MasterDataProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.MASTER_DATA};
    }

    @State(ProviderStates.ITEM_EXISTS)
    void itemExists() {
        setUp(ProviderStates.ITEM_EXISTS);
    }

    @State(ProviderStates.ITEM_UNKNOWN)
    void itemUnknown() {
        setUp(ProviderStates.ITEM_UNKNOWN);
    }

    @State(ProviderStates.PAYMENT_EXISTS)
    void paymentExists() {
        setUp(ProviderStates.PAYMENT_EXISTS);
    }

    @State(ProviderStates.PAYMENT_UNKNOWN)
    void paymentUnknown() {
        setUp(ProviderStates.PAYMENT_UNKNOWN);
    }

    @State(ProviderStates.PROMOTION_ACTIVE)
    void promotionActive() {
        setUp(ProviderStates.PROMOTION_ACTIVE);
    }

    @State(ProviderStates.SETTING_EXISTS)
    void settingExists() {
        setUp(ProviderStates.SETTING_EXISTS);
    }

    @State(ProviderStates.SETTING_UNKNOWN)
    void settingUnknown() {
        setUp(ProviderStates.SETTING_UNKNOWN);
    }

    @State(ProviderStates.STAFF_EXISTS)
    void staffExists() {
        setUp(ProviderStates.STAFF_EXISTS);
    }

    @State(ProviderStates.STAFF_UNKNOWN)
    void staffUnknown() {
        setUp(ProviderStates.STAFF_UNKNOWN);
    }

    @State(ProviderStates.MASTER_DATA_LISTS_EXIST)
    void masterDataListsExist() {
        setUp(ProviderStates.MASTER_DATA_LISTS_EXIST);
    }
}
