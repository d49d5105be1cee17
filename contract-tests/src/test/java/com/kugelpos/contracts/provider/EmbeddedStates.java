package com.kugelpos.contracts.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.fixtures.Fixtures;
import java.util.Map;
import java.util.Objects;

/**
 * The provider states set up in-process on the embedded reference services: records of the
 * reference fixtures put into (or removed from) the data of every started service, tokens signed
 * with the services' secret. The same setup a provider team implements behind its state-change URL
 * (contract-tests/README.md, "Provider states").
 */
final class EmbeddedStates implements ProviderStateSetup {

    /** The API key of terminal T1-S1-1 in the reference fixtures. */
    static final String FIXTURE_API_KEY = "ref-api-key-T1-S1-1";

    private static final DataStore FIXTURES = Fixtures.load();

    private final ReferenceServices services;

    /** @param services the started reference services whose data the states set up */
    EmbeddedStates(ReferenceServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The fixture record {@code key} of {@code table} for tenant T1, a copy to alter. */
    static ObjectNode fixture(String table, String key) {
        return FIXTURES.table(table).get(ContractIds.TENANT, key).orElseThrow(() -> new IllegalArgumentException(
                "The reference fixtures have no " + table + " record " + key + " for tenant " + ContractIds.TENANT))
                .deepCopy();
    }

    /** Puts {@code record} under {@code key} of {@code table} for tenant T1 on every started service. */
    void put(String table, String key, ObjectNode record) {
        for (Service service : services.services()) {
            services.data(service).table(table).put(ContractIds.TENANT, key, record.deepCopy());
        }
    }

    @Override
    public Map<String, Object> setUp(String state, Map<String, Object> params) {
        switch (state) {
            case ProviderStates.HOLDS_TERMINAL_API_KEY -> {
                putFixture(DataStore.TERMINALS, ContractIds.TERMINAL_ID);
                return Map.of(ProviderStates.API_KEY, FIXTURE_API_KEY);
            }
            case ProviderStates.HOLDS_TERMINAL_TOKEN -> {
                return Map.of(ProviderStates.TOKEN, services.tokens().terminalToken(new TerminalInfo(
                        ContractIds.TERMINAL_ID, ContractIds.TENANT, ContractIds.STORE, ContractIds.TERMINAL_NO,
                        FIXTURE_API_KEY)));
            }
            case ProviderStates.HOLDS_SERVICE_TOKEN -> {
                String service = String.valueOf(params.get(ProviderStates.SERVICE_PARAM));
                return Map.of(ProviderStates.TOKEN, services.tokens().serviceToken(service, ContractIds.TENANT));
            }
            case ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN -> {
                return Map.of(ProviderStates.TOKEN, services.tokens().userToken(ContractIds.NEW_TENANT, "admin", true));
            }
            case ProviderStates.TERMINAL_EXISTS, ProviderStates.API_KEY_UNKNOWN, ProviderStates.TERMINAL_EVENT_PUBLISHED ->
                    putFixture(DataStore.TERMINALS, ContractIds.TERMINAL_ID);
            case ProviderStates.TERMINAL_UNKNOWN -> remove(DataStore.TERMINALS, ContractIds.UNKNOWN_TERMINAL_ID);
            case ProviderStates.TERMINALS_OF_STORE_EXIST -> {
                putFixture(DataStore.TERMINALS, ContractIds.TERMINAL_ID);
                putFixture(DataStore.TERMINALS, "T1-S1-2");
            }
            case ProviderStates.STORE_EXISTS -> putFixture(DataStore.STORES, ContractIds.STORE);
            case ProviderStates.STORE_UNKNOWN -> remove(DataStore.STORES, ContractIds.UNKNOWN_STORE);
            case ProviderStates.ITEM_EXISTS -> putFixture(DataStore.ITEMS, ContractIds.ITEM);
            case ProviderStates.ITEM_UNKNOWN -> remove(DataStore.ITEMS, ContractIds.UNKNOWN_ITEM);
            case ProviderStates.PAYMENT_EXISTS -> putFixture(DataStore.PAYMENTS, ContractIds.PAYMENT);
            case ProviderStates.PAYMENT_UNKNOWN -> remove(DataStore.PAYMENTS, ContractIds.UNKNOWN_PAYMENT);
            case ProviderStates.PROMOTION_ACTIVE -> putFixture(DataStore.PROMOTIONS, "P1");
            case ProviderStates.SETTING_EXISTS -> putFixture(DataStore.SETTINGS, ContractIds.SETTING);
            case ProviderStates.SETTING_UNKNOWN -> remove(DataStore.SETTINGS, ContractIds.UNKNOWN_SETTING);
            case ProviderStates.STAFF_EXISTS -> putFixture(DataStore.STAFF, ContractIds.STAFF);
            case ProviderStates.STAFF_UNKNOWN -> remove(DataStore.STAFF, ContractIds.UNKNOWN_STAFF);
            case ProviderStates.TRANSACTIONS_EXIST, ProviderStates.TRANSACTION_PUBLISHED -> {
                putFixture(DataStore.TERMINALS, ContractIds.TERMINAL_ID);
                putFixture(DataStore.TRANSACTIONS,
                        DataStore.transactionKey(ContractIds.STORE, ContractIds.TERMINAL_NO, ContractIds.TRANSACTION_NO));
            }
            case ProviderStates.NEW_TENANT_ABSENT -> {
                for (Service service : services.services()) {
                    services.data(service).removeTenant(ContractIds.NEW_TENANT);
                }
            }
            case ProviderStates.MASTER_DATA_LISTS_EXIST -> {
                putFixture(DataStore.CATEGORIES, "C01");
                putFixture(DataStore.ITEMS, ContractIds.ITEM);
                putFixture(DataStore.PAYMENTS, ContractIds.PAYMENT);
            }
            default -> throw new IllegalArgumentException("No in-process setup for provider state '" + state
                    + "': add it to EmbeddedStates and document it in contract-tests/README.md");
        }
        return Map.of();
    }

    private void putFixture(String table, String key) {
        put(table, key, fixture(table, key));
    }

    private void remove(String table, String key) {
        for (Service service : services.services()) {
            services.data(service).table(table).remove(ContractIds.TENANT, key);
        }
    }
}
