package com.kugelpos.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.Staff;
import com.kugelpos.contracts.consumer.support.Envelopes;
import com.kugelpos.contracts.consumer.support.Failures;
import com.kugelpos.contracts.consumer.support.MasterDataBodies;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TenantCreationContract;
import com.kugelpos.contracts.consumer.support.TerminalAuth;
import com.kugelpos.contracts.consumer.support.UpstreamErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terminal's calls to master-data: a staff member at sign-in (row 7, commons'
 * {@code StaffMasterWebRepository} in both auth variants; unknown staff: 404, which sign-in
 * handles) and the tenant fan-out (row 9; empty body: 422; unsigned user token: 401).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "master-data")
class TerminalMasterDataPactTest {

    private static final String SERVICE = "master-data";
    private static final String STAFF = "/api/v1/tenants/{tenantId}/staff/{staffId}";

    @Pact(consumer = "terminal")
    V4Pact staffByApiKey(PactDslWithProvider builder) {
        return staff(builder, TerminalAuth.LEGACY);
    }

    @Test
    @PactTestFor(pactMethod = "staffByApiKey")
    void shouldParseStaffWhenApiKeyIsValid(MockServer server) {
        assertStaff(server, TerminalAuth.LEGACY);
    }

    @Pact(consumer = "terminal")
    V4Pact staffByTerminalToken(PactDslWithProvider builder) {
        return staff(builder, TerminalAuth.TERMINAL_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "staffByTerminalToken")
    void shouldParseStaffWhenTerminalTokenIsValid(MockServer server) {
        assertStaff(server, TerminalAuth.TERMINAL_TOKEN);
    }

    @Pact(consumer = "terminal")
    V4Pact unknownStaff(PactDslWithProvider builder) {
        return TerminalAuth.LEGACY.request(builder, ProviderStates.STAFF_UNKNOWN, "a request for unknown staff S99 at sign-in",
                        "GET", "/api/v1/tenants/T1/staff/" + ContractIds.UNKNOWN_STAFF, "")
                .willRespondWith()
                .status(404)
                .body(Envelopes.error(UpstreamErrorCodes.RESOURCE_NOT_FOUND))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownStaff")
    void shouldFailWith404WhenStaffIsUnknown(MockServer server) {
        Failures.assertFails(server, SERVICE, masterData -> masterData.getBlocking(STAFF,
                        TerminalAuth.LEGACY.options(ContractIds.TENANT, ContractIds.UNKNOWN_STAFF).build()),
                404, UpstreamErrorCodes.RESOURCE_NOT_FOUND);
    }

    @Pact(consumer = "terminal")
    V4Pact createTenant(PactDslWithProvider builder) {
        return TenantCreationContract.pact(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenant")
    void shouldCreateTenantWhenTenantIsNew(MockServer server) {
        TenantCreationContract.createTenantAndAssert(server, SERVICE);
    }

    @Pact(consumer = "terminal")
    V4Pact createTenantWithoutId(PactDslWithProvider builder) {
        return TenantCreationContract.invalid(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenantWithoutId")
    void shouldFailWith422WhenBodyHasNoTenantId(MockServer server) {
        TenantCreationContract.createInvalidTenantAndAssert(server, SERVICE);
    }

    @Pact(consumer = "terminal")
    V4Pact createTenantWithUnsignedToken(PactDslWithProvider builder) {
        return TenantCreationContract.unsigned(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenantWithUnsignedToken")
    void shouldFailWith401WhenUserTokenIsNotSigned(MockServer server) {
        TenantCreationContract.createTenantUnsignedAndAssert(server, SERVICE);
    }

    private static V4Pact staff(PactDslWithProvider builder, TerminalAuth auth) {
        return auth.request(builder, ProviderStates.STAFF_EXISTS, "a request for staff S01 at sign-in", "GET",
                        "/api/v1/tenants/T1/staff/S01", "")
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(MasterDataBodies.staff()))
                .toPact(V4Pact.class);
    }

    private static void assertStaff(MockServer server, TerminalAuth auth) {
        Staff staff = PactClients.call(server, SERVICE, masterData -> masterData.getBlocking(STAFF,
                auth.options(ContractIds.TENANT, ContractIds.STAFF).build())).data(Staff.class);

        assertThat(staff).isEqualTo(new Staff("S01", "Alice"));
    }
}
