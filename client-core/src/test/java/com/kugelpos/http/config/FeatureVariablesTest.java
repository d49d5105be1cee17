package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureVariablesTest {

    @Test
    void shouldUseTheFeatureDefaultsWhenNoVariableIsSet() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of());

        LoadBalancingSettings balancing = settings.loadBalancing();
        assertThat(balancing.policy()).isEqualTo(LoadBalancingPolicy.ROUND_ROBIN);
        assertThat(balancing.healthCheckInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(balancing.healthCheckPath()).isEqualTo("/health");
        assertThat(balancing.outlierConsecutiveFailures()).isEqualTo(2);
        assertThat(balancing.outlierBaseEjection()).isEqualTo(Duration.ofSeconds(30));
        assertThat(balancing.outlierMaxEjection()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retry().budget()).isEqualTo(new RetryBudgetSettings(true, 0.2, 5));
        assertThat(settings.responseCache()).isEqualTo(new ResponseCacheSettings(1000, 16L * 1024 * 1024));
        assertThat(settings.request().gzipMinBytes()).isZero();
    }

    @Test
    void shouldParseEveryFeatureVariableWhenAllAreSet() {
        Map<String, String> variables = new HashMap<>();
        variables.put("HTTP_LOAD_BALANCER", "P2C");
        variables.put("HTTP_HEALTH_CHECK_INTERVAL", "0");
        variables.put("HTTP_HEALTH_CHECK_PATH", "/api/v1/health");
        variables.put("HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD", "3");
        variables.put("HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD", "4");
        variables.put("HTTP_OUTLIER_CONSECUTIVE_FAILURES", "5");
        variables.put("HTTP_OUTLIER_BASE_EJECTION", "1.5");
        variables.put("HTTP_OUTLIER_MAX_EJECTION", "60");
        variables.put("HTTP_RETRY_BUDGET_ENABLED", "false");
        variables.put("HTTP_RETRY_BUDGET_RATIO", "0.1");
        variables.put("HTTP_RETRY_BUDGET_MIN_PER_SECOND", "0");
        variables.put("HTTP_REQUEST_GZIP_MIN_BYTES", "2048");
        variables.put("HTTP_CACHE_MAX_ENTRIES", "10");
        variables.put("HTTP_CACHE_MAX_BYTES", "65536");

        HttpClientSettings settings = EnvironmentSettings.load(variables);

        LoadBalancingSettings balancing = settings.loadBalancing();
        assertThat(balancing.policy()).isEqualTo(LoadBalancingPolicy.POWER_OF_TWO_CHOICES);
        assertThat(balancing.healthCheckInterval()).isZero();
        assertThat(balancing.healthCheckPath()).isEqualTo("/api/v1/health");
        assertThat(balancing.unhealthyThreshold()).isEqualTo(3);
        assertThat(balancing.healthyThreshold()).isEqualTo(4);
        assertThat(balancing.outlierConsecutiveFailures()).isEqualTo(5);
        assertThat(balancing.outlierBaseEjection()).isEqualTo(Duration.ofMillis(1500));
        assertThat(balancing.outlierMaxEjection()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retry().budget()).isEqualTo(new RetryBudgetSettings(false, 0.1, 0));
        assertThat(settings.request().gzipMinBytes()).isEqualTo(2048);
        assertThat(settings.responseCache()).isEqualTo(new ResponseCacheSettings(10, 65536));
        assertThat(settings.toString()).contains("policy=p2c", "budget=RetryBudgetSettings[", "gzipMinBytes=2048");
    }

    @Test
    void shouldNameTheVariableWhenTheLoadBalancerIsUnknown() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_LOAD_BALANCER", "random")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_LOAD_BALANCER='random' is not a load-balancing policy; use round-robin or p2c");
    }

    @Test
    void shouldNameTheVariableWhenTheRetryBudgetRatioIsOutOfRange() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_RETRY_BUDGET_RATIO", "1.5")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_RETRY_BUDGET_RATIO='1.5' is out of range")
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void shouldNameBothVariablesWhenTheMaxEjectionIsShorterThanTheBase() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_OUTLIER_MAX_EJECTION", "10")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("HTTP_OUTLIER_MAX_EJECTION='10' is out of range")
                .hasMessageContaining("HTTP_OUTLIER_BASE_EJECTION");
    }

    @Test
    void shouldRejectANegativeGzipThresholdWhenLoading() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_REQUEST_GZIP_MIN_BYTES", "-1")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_REQUEST_GZIP_MIN_BYTES='-1' is out of range");
    }

    @Test
    void shouldRejectAHealthCheckPathWithoutSlashWhenBuilding() {
        assertThatThrownBy(() -> LoadBalancingSettings.builder().healthCheckPath("health").build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("healthCheckPath must start with '/'");
    }
}
