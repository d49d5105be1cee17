package com.kugelpos.contracts.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.kugelpos.contracts.consumer.support.DeliveryStatusContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journal's call to terminal: a delivery status (row 11), with an Idempotency-Key. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "terminal")
class JournalTerminalPactTest {

    @Pact(consumer = "journal")
    V4Pact deliveryStatus(PactDslWithProvider builder) {
        return DeliveryStatusContract.toTerminal(builder, "journal");
    }

    @Test
    @PactTestFor(pactMethod = "deliveryStatus")
    void shouldReportDeliveryWhenEventWasReceived(MockServer server) {
        DeliveryStatusContract.reportToTerminalAndAssert(server, "journal");
    }
}
