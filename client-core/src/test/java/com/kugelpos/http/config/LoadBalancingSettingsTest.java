package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadBalancingSettingsTest {

    @Test
    void shouldRejectAHealthCheckPathWithoutSlashWhenBuilding() {
        assertThatThrownBy(() -> LoadBalancingSettings.builder().healthCheckPath("health").build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("healthCheckPath must start with '/'");
    }
}
