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
import com.kugelpos.contracts.consumer.support.ExampleCredentials;
import com.kugelpos.contracts.consumer.support.MasterDataBodies;
import com.kugelpos.contracts.consumer.support.PactClients;
import com.kugelpos.contracts.consumer.support.TenantCreationContract;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Terminal's calls to master-data: a staff member at sign-in (row 7, legacy auth) and the tenant fan-out (row 9). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "master-data")
class TerminalMasterDataPactTest {

    private static final String SERVICE = "master-data";

    @Pact(consumer = "terminal")
    V4Pact staff(PactDslWithProvider builder) {
        return ExampleCredentials.apiKey(builder.given(ProviderStates.STAFF_EXISTS)
                        .given(ProviderStates.HOLDS_TERMINAL_API_KEY)
                        .uponReceiving("a request for staff S01 at sign-in")
                        .method("GET")
                        .path("/api/v1/tenants/T1/staff/S01")
                        .query("terminal_id=" + ContractIds.TERMINAL_ID))
                .willRespondWith()
                .status(200)
                .body(Envelopes.success(200, MasterDataBodies.staff()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "staff")
    void shouldParseStaffWhenStaffExists(MockServer server) {
        ServiceResponse response = PactClients.call(server, SERVICE, masterData -> masterData.getBlocking(
                "/api/v1/tenants/{tenantId}/staff/{staffId}",
                RequestOptions.builder()
                        .pathParams(ContractIds.TENANT, ContractIds.STAFF)
                        .query("terminal_id", ContractIds.TERMINAL_ID)
                        .credentials(Credentials.apiKey(ExampleCredentials.API_KEY))
                        .build()));

        Staff staff = response.data(Staff.class);
        assertThat(staff.id()).isEqualTo("S01");
        assertThat(staff.pin()).isEqualTo("0000");
        assertThat(staff.roles()).containsExactly("cashier");
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
}
