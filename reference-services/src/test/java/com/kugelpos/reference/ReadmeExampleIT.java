package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.http.BehaviourRule;
import com.kugelpos.reference.testing.Http;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The embedded example of reference-services/README.md, kept compiling and true. */
class ReadmeExampleIT {

    @Test
    void shouldRunTheReadmeExample() {
        try (ReferenceServices services = ReferenceServices.start(Service.CART, Service.MASTER_DATA, Service.TERMINAL)) {
            URI cart = services.url(Service.CART);
            Http terminal = Http.to(cart).apiKey();
            String cartId = terminal.post("/api/v1/carts?terminal_id=T1-S1-1", "{}").data().path("cartId").asText();
            terminal.post("/api/v1/carts/" + cartId + "/lineItems?terminal_id=T1-S1-1",
                    "[{\"itemCode\":\"ITEM1\",\"quantity\":1}]");
            long itemCalls = services.stats(Service.MASTER_DATA)
                    .requestCount("GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details");
            String serviceToken = services.tokens().serviceToken("journal", "T1");
            services.behaviours(Service.MASTER_DATA)
                    .add(new BehaviourRule("GET", "/api/v1", Duration.ofSeconds(3), 0, -1));

            assertThat(itemCalls).isEqualTo(1);
            assertThat(serviceToken).isNotBlank();
            assertThat(services.behaviours(Service.MASTER_DATA).rules()).hasSize(1);
        }
    }
}
