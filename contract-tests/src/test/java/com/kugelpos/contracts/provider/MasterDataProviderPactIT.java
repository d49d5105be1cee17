package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.fixtures.DataStore;

/** Verifies the pacts of cart, terminal and report with master-data. */
@Provider("master-data")
class MasterDataProviderPactIT extends ProviderVerification {

    @Override
    protected Service[] inProcessServices() {
        return new Service[] {Service.MASTER_DATA};
    }

    @State(ProviderStates.ITEM_EXISTS)
    void itemExists() {
        target.admin().putFixture(DataStore.ITEMS, ContractIds.TENANT, ContractIds.ITEM);
    }

    @State(ProviderStates.ITEM_UNKNOWN)
    void itemUnknown() {
        target.admin().removeRecord(DataStore.ITEMS, ContractIds.TENANT, ContractIds.UNKNOWN_ITEM);
    }

    @State(ProviderStates.MASTER_DATA_OVERLOADED)
    void overloaded() {
        target.admin().putFixture(DataStore.ITEMS, ContractIds.TENANT, ContractIds.ITEM)
                .forceStatus("/api/v1", 503, 5);
    }

    @State(value = ProviderStates.MASTER_DATA_OVERLOADED, action = StateChangeAction.TEARDOWN)
    void overloadOver() {
        target.admin().clearBehaviours();
    }

    @State(ProviderStates.PAYMENT_EXISTS)
    void paymentExists() {
        target.admin().putFixture(DataStore.PAYMENTS, ContractIds.TENANT, ContractIds.PAYMENT);
    }

    @State(ProviderStates.PROMOTION_ACTIVE)
    void promotionActive() {
        target.admin().putFixture(DataStore.PROMOTIONS, ContractIds.TENANT, "P1");
    }

    @State(ProviderStates.SETTING_EXISTS)
    void settingExists() {
        target.admin().putFixture(DataStore.SETTINGS, ContractIds.TENANT, ContractIds.SETTING);
    }

    @State(ProviderStates.SETTING_UNKNOWN)
    void settingUnknown() {
        target.admin().removeRecord(DataStore.SETTINGS, ContractIds.TENANT, ContractIds.UNKNOWN_SETTING);
    }

    @State(ProviderStates.STAFF_EXISTS)
    void staffExists() {
        target.admin().putFixture(DataStore.STAFF, ContractIds.TENANT, ContractIds.STAFF);
    }

    @State(ProviderStates.MASTER_DATA_LISTS_EXIST)
    void listsExist() {
        target.admin()
                .putFixture(DataStore.CATEGORIES, ContractIds.TENANT, "C01")
                .putFixture(DataStore.ITEMS, ContractIds.TENANT, ContractIds.ITEM)
                .putFixture(DataStore.PAYMENTS, ContractIds.TENANT, ContractIds.PAYMENT);
    }
}
