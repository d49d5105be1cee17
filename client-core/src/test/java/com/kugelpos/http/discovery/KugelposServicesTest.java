package com.kugelpos.http.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class KugelposServicesTest {

    @Test
    void shouldListTheSpecPortsInOrderWhenAskedForDefaults() {
        assertThat(KugelposServices.defaultPorts()).containsExactly(
                entry("account", 8000), entry("terminal", 8001), entry("master-data", 8002),
                entry("cart", 8003), entry("report", 8004), entry("journal", 8005), entry("stock", 8006));
    }

    @Test
    void shouldGiveThePortOfAKnownServiceAndNoneOfAnUnknownOne() {
        assertThat(KugelposServices.defaultPort(KugelposServices.CART)).hasValue(8003);
        assertThat(KugelposServices.defaultPort("payments")).isEmpty();
    }

    @Test
    void shouldRefuseChangesWhenTheTableIsModified() {
        assertThatThrownBy(() -> KugelposServices.defaultPorts().put("payments", 9000))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
