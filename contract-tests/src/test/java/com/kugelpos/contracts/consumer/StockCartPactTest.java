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

/** Stock's call to cart: the delivery status of a transaction (row 10), with its service token; a body without event_id gets 422. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cart")
class StockCartPactTest {

    @Pact(consumer = "stock")
    V4Pact deliveryStatus(PactDslWithProvider builder) {
        return DeliveryStatusContract.toCart(builder, "stock");
    }

    @Test
    @PactTestFor(pactMethod = "deliveryStatus")
    void shouldReportDeliveryWhenEventWasReceived(MockServer server) {
        DeliveryStatusContract.reportToCartAndAssert(server, "stock");
    }

    @Pact(consumer = "stock")
    V4Pact deliveryStatusWithoutEventId(PactDslWithProvider builder) {
        return DeliveryStatusContract.invalidToCart(builder, "stock");
    }

    @Test
    @PactTestFor(pactMethod = "deliveryStatusWithoutEventId")
    void shouldFailWith422WhenEventIdIsMissing(MockServer server) {
        DeliveryStatusContract.reportInvalidToCartAndAssert(server, "stock");
    }
}
