package com.kugelpos.contracts.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.consumer.support.TenantCreationContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Terminal's call to report: creating a tenant in the fan-out (row 9); an empty body gets 422. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "report")
class TerminalReportPactTest {

    @Pact(consumer = "terminal")
    V4Pact createTenant(PactDslWithProvider builder) {
        return TenantCreationContract.pact(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenant")
    void shouldCreateTenantWhenTenantIsNew(MockServer server) {
        TenantCreationContract.createTenantAndAssert(server, "report");
    }

    @Pact(consumer = "terminal")
    V4Pact createTenantWithoutId(PactDslWithProvider builder) {
        return TenantCreationContract.invalid(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createTenantWithoutId")
    void shouldFailWith422WhenBodyHasNoTenantId(MockServer server) {
        TenantCreationContract.createInvalidTenantAndAssert(server, "report");
    }
}
