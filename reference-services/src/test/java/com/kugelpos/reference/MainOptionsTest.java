package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainOptionsTest {

    @Test
    void shouldStartAllServicesOnSpecPortsWhenNothingGiven() {
        MainOptions options = MainOptions.parse(new String[0], Map.of());

        ServicesConfig config = options.toBuilder().config();

        assertThat(options.services()).containsExactlyInAnyOrder(Service.values());
        assertThat(config.port(Service.CART)).isEqualTo(8003);
        assertThat(config.port(Service.STOCK)).isEqualTo(8006);
        assertThat(config.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldPreferArgumentsOverEnvironmentWhenBothGiven() {
        MainOptions options = MainOptions.parse(
                new String[] {"--port.cart=9003", "--bind=0.0.0.0"},
                Map.of("CART_PORT", "7003", "BIND_ADDRESS", "10.0.0.1", "MASTER_DATA_PORT", "7002"));

        ServicesConfig config = options.toBuilder().config();

        assertThat(config.port(Service.CART)).isEqualTo(9003);
        assertThat(config.port(Service.MASTER_DATA)).isEqualTo(7002);
        assertThat(config.host()).isEqualTo("0.0.0.0");
    }

    @Test
    void shouldTurnItemCacheOffWhenZeroSecondsGiven() {
        MainOptions options = MainOptions.parse(new String[] {"--item-cache-seconds=0"}, Map.of());

        assertThat(options.toBuilder().config().itemCacheTtl()).isZero();
        assertThat(MainOptions.parse(new String[0], Map.of()).toBuilder().config().itemCacheTtl())
                .hasSeconds(300);
    }

    @Test
    void shouldPointUpstreamsNotStartedHereAtEnvironmentOrSpecPort() {
        MainOptions options = MainOptions.parse(
                new String[] {"--services=cart"}, Map.of("MASTER_DATA_SERVICE_URL", "http://127.0.0.1:18002"));

        ServicesConfig config = options.toBuilder().config();

        assertThat(options.services()).containsExactly(Service.CART);
        assertThat(config.upstreams())
                .containsEntry(Service.MASTER_DATA, URI.create("http://127.0.0.1:18002"))
                .containsEntry(Service.TERMINAL, URI.create("http://127.0.0.1:8001"))
                .doesNotContainKey(Service.CART);
    }

    @Test
    void shouldRejectArgumentWithoutValue() {
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--services"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--name=value");
    }

    @Test
    void shouldRejectUnknownServiceName() {
        assertThatThrownBy(() -> MainOptions.parse(new String[] {"--services=cart,bank"}, Map.of()).services())
                .hasMessageContaining("unknown service 'bank'");
    }
}
