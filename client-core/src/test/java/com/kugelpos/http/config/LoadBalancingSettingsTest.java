package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancingSettingsTest {

    @Test
    void shouldRejectAHealthCheckPathWithoutSlashWhenBuilding() {
        assertThatThrownBy(() -> LoadBalancingSettings.builder().healthCheckPath("health").build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("healthCheckPath must start with '/'");
    }

    @Test
    void shouldAllowAtLeastOneButNeverAllInstancesEjectedAtOnce() {
        LoadBalancingSettings half = LoadBalancingSettings.builder().outlierMaxEjectionPercent(50).build();
        LoadBalancingSettings all = LoadBalancingSettings.builder().outlierMaxEjectionPercent(100).build();
        LoadBalancingSettings tenth = LoadBalancingSettings.builder().outlierMaxEjectionPercent(10).build();

        assertThat(List.of(half.maxEjected(1), half.maxEjected(2), half.maxEjected(3), half.maxEjected(5)))
                .containsExactly(0, 1, 1, 2);
        assertThat(List.of(all.maxEjected(2), all.maxEjected(3))).containsExactly(1, 2);
        assertThat(List.of(tenth.maxEjected(3), tenth.maxEjected(20))).containsExactly(1, 2);
    }

    @Test
    void shouldKeepTheRateRulesAndPanicModeOffByDefault() {
        assertThat(LoadBalancingSettings.DEFAULTS.outlierRates().enabled()).isFalse();
        assertThat(LoadBalancingSettings.DEFAULTS.panicThreshold()).isZero();
        assertThat(LoadBalancingSettings.DEFAULTS.outlierMaxEjectionPercent()).isEqualTo(50);
        assertThat(LoadBalancingSettings.DEFAULTS.peakEwmaDecay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldNameTheValueWhenANewBalancingSettingIsOutOfRange() {
        assertThatThrownBy(() -> LoadBalancingSettings.builder().outlierMaxEjectionPercent(0).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("outlierMaxEjectionPercent must be between 1 and 100, but was 0");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().panicThreshold(101).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("panicThreshold must be between 0 and 100, but was 101");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().peakEwmaDecay(Duration.ZERO).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("peakEwmaDecay must be a positive duration, but was PT0S");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().outlierRates(r -> r.failurePercentage(-1)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("outlierFailurePercentage must be between 0 and 100, but was -1");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().outlierRates(r -> r.successRateStdevFactor(11)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("outlierSuccessRateStdevFactor must be between 0 and 10, but was 11.0");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().outlierRates(r -> r.minimumHosts(1)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("outlierMinimumHosts must be between 2 and 1000, but was 1");
        assertThatThrownBy(() -> LoadBalancingSettings.builder().outlierRates(r -> r.interval(null)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("outlierInterval must be a positive duration, but was null");
    }
}
