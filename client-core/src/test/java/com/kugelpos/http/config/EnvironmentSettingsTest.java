package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentSettingsTest {

    private static final String PASSWORD = "s3cr3t-Pa55word";

    @Test
    void shouldUseTheSpecDefaultsWhenNoVariableIsSet() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of());

        assertThat(settings).usingRecursiveComparison().isEqualTo(HttpClientSettings.defaults());
        assertThat(settings.timeouts().connect()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.pool().maxConnections()).isEqualTo(100);
        assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.DEVELOPMENT);
        assertThat(settings.tls().trustStore()).isEmpty();
    }

    @Test
    void shouldTreatBlankValuesAsAbsentWhenLoading() {
        Map<String, String> blank = new HashMap<>();
        EnvironmentSettings.VARIABLE_NAMES.forEach(name -> blank.put(name, "  "));

        HttpClientSettings settings = EnvironmentSettings.load(blank);

        assertThat(settings).usingRecursiveComparison().isEqualTo(HttpClientSettings.defaults());
    }

    @Test
    void shouldSetConnectReadAndWriteTimeoutWhenHttpTimeoutIsSet() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of("HTTP_TIMEOUT", "10"));

        assertThat(settings.timeouts().connect()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.timeouts().response()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.timeouts().write()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.timeouts().call()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldLetSpecificTimeoutsOverrideHttpTimeoutWhenBothAreSet() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of(
                "HTTP_TIMEOUT", "10", "HTTP_CONNECT_TIMEOUT", "2", "HTTP_READ_TIMEOUT", "0.5"));

        assertThat(settings.timeouts().connect()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.timeouts().response()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.timeouts().write()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldParseEveryVariableWhenAllAreSet() {
        Map<String, String> variables = new HashMap<>();
        variables.put("HTTP_CONNECT_TIMEOUT", "1.25");
        variables.put("HTTP_READ_TIMEOUT", " 7 ");
        variables.put("HTTP_WRITE_TIMEOUT", "8");
        variables.put("HTTP_CALL_TIMEOUT", "90");
        variables.put("HTTP_MAX_CONNECTIONS", "50");
        variables.put("HTTP_MAX_KEEPALIVE", "0");
        variables.put("CIRCUIT_BREAKER_THRESHOLD", "5");
        variables.put("CIRCUIT_BREAKER_TIMEOUT", "120");
        variables.put("CIRCUIT_BREAKER_COUNTS", " Attempts ");
        variables.put("HTTP_RETRY_ATTEMPTS", "1");
        variables.put("HTTP_RETRY_BACKOFF_BASE_MS", "50");
        variables.put("HTTP_RETRY_BACKOFF_MAX_MS", "1500.5");
        variables.put("HTTP_DEBUG", "TRUE");
        variables.put("KUGEL_ENV", "prod");
        variables.put("HTTP_TRUST_STORE", "/etc/kugelpos/trust.jks");
        variables.put("HTTP_TRUST_STORE_PASSWORD", PASSWORD);
        variables.put("HTTP_TRUST_STORE_TYPE", "JKS");

        HttpClientSettings settings = EnvironmentSettings.load(variables);

        assertThat(settings.timeouts().connect()).isEqualTo(Duration.ofMillis(1250));
        assertThat(settings.timeouts().response()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.timeouts().write()).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.timeouts().call()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.pool().maxConnections()).isEqualTo(50);
        assertThat(settings.pool().maxKeepAlive()).isZero();
        assertThat(settings.breaker().failureThreshold()).isEqualTo(5);
        assertThat(settings.breaker().openDuration()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.breaker().counting()).isEqualTo(BreakerCounting.ATTEMPTS);
        assertThat(settings.retry().attempts()).isEqualTo(1);
        assertThat(settings.retry().backoffBase()).isEqualTo(Duration.ofMillis(50));
        assertThat(settings.retry().backoffMax()).isEqualTo(Duration.ofMillis(1500).plusNanos(500_000));
        assertThat(settings.logging().debug()).isTrue();
        assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.PRODUCTION);
        assertThat(settings.tls().trustStore()).contains(Path.of("/etc/kugelpos/trust.jks"));
        assertThat(settings.tls().trustStorePassword()).contains(PASSWORD);
        assertThat(settings.tls().trustStoreType()).isEqualTo("JKS");
        assertThat(settings.toString()).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @CsvSource({
        "development, DEVELOPMENT", "DEV, DEVELOPMENT", "Production, PRODUCTION", "prod, PRODUCTION"
    })
    void shouldAcceptEnvironmentNamesInAnyCaseWhenKugelEnvIsSet(String value, DeploymentEnvironment expected) {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of("KUGEL_ENV", value));

        assertThat(settings.environment()).isEqualTo(expected);
        assertThat(EnvironmentSettings.deploymentEnvironment(Map.of("KUGEL_ENV", value))).isEqualTo(expected);
    }

    @Test
    void shouldDefaultTheTrustStoreTypeToPkcs12WhenOnlyThePathIsSet() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of("HTTP_TRUST_STORE", "trust.p12"));

        assertThat(settings.tls().trustStore()).contains(Path.of("trust.p12"));
        assertThat(settings.tls().trustStoreType()).isEqualTo("PKCS12");
        assertThat(settings.tls().trustStorePassword()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        HTTP_TIMEOUT               | abc         | HTTP_TIMEOUT='abc' is not a number of seconds; use a positive number such as 30
        HTTP_TIMEOUT               | 0           | HTTP_TIMEOUT='0' is out of range; use a positive number of seconds up to 86400, such as 30
        HTTP_TIMEOUT               | -1          | HTTP_TIMEOUT='-1' is out of range; use a positive number of seconds up to 86400, such as 30
        HTTP_CONNECT_TIMEOUT       | 86400.5     | HTTP_CONNECT_TIMEOUT='86400.5' is out of range; use a positive number of seconds up to 86400, such as 30
        HTTP_READ_TIMEOUT          | 1e3         | HTTP_READ_TIMEOUT='1e3' is not a number of seconds; use a positive number such as 30
        HTTP_WRITE_TIMEOUT         | 0.0000000001 | HTTP_WRITE_TIMEOUT='0.0000000001' is out of range; use a positive number of seconds up to 86400, such as 30
        HTTP_CALL_TIMEOUT          | 30s         | HTTP_CALL_TIMEOUT='30s' is not a number of seconds; use a positive number such as 60
        CIRCUIT_BREAKER_TIMEOUT    | NaN         | CIRCUIT_BREAKER_TIMEOUT='NaN' is not a number of seconds; use a positive number such as 60
        HTTP_MAX_CONNECTIONS       | 1.5         | HTTP_MAX_CONNECTIONS='1.5' is not a whole number; use a whole number such as 100
        HTTP_MAX_CONNECTIONS       | 0           | HTTP_MAX_CONNECTIONS='0' is out of range: HTTP_MAX_CONNECTIONS must be between 1 and 10000, but was 0
        HTTP_MAX_CONNECTIONS       | 99999999999 | HTTP_MAX_CONNECTIONS='99999999999' is out of range; use a whole number such as 100
        HTTP_MAX_KEEPALIVE         | -1          | HTTP_MAX_KEEPALIVE='-1' is out of range: HTTP_MAX_KEEPALIVE must be between 0 and 100, but was -1
        CIRCUIT_BREAKER_THRESHOLD  | 1001        | CIRCUIT_BREAKER_THRESHOLD='1001' is out of range: CIRCUIT_BREAKER_THRESHOLD must be between 1 and 1000, but was 1001
        HTTP_RETRY_ATTEMPTS        | 11          | HTTP_RETRY_ATTEMPTS='11' is out of range: HTTP_RETRY_ATTEMPTS must be between 1 and 10, but was 11
        HTTP_RETRY_ATTEMPTS        | three       | HTTP_RETRY_ATTEMPTS='three' is not a whole number; use a whole number such as 3
        HTTP_RETRY_BACKOFF_BASE_MS | 0           | HTTP_RETRY_BACKOFF_BASE_MS='0' is out of range; use a positive number of milliseconds up to 86400000, such as 200
        HTTP_RETRY_BACKOFF_MAX_MS  | 100         | HTTP_RETRY_BACKOFF_MAX_MS='100' is out of range: HTTP_RETRY_BACKOFF_MAX_MS (PT0.1S) must not be shorter than HTTP_RETRY_BACKOFF_BASE_MS (PT0.2S)
        HTTP_DEBUG                 | yes         | HTTP_DEBUG='yes' is not a boolean; use true or false
        KUGEL_ENV                  | staging     | KUGEL_ENV='staging' is not a deployment environment; use development (or dev) or production (or prod)
        HTTP_MAX_ERROR_BODY_CHARS  | 1000001     | HTTP_MAX_ERROR_BODY_CHARS='1000001' is out of range: HTTP_MAX_ERROR_BODY_CHARS must be between 0 and 1000000, but was 1000001
        """)
    void shouldNameTheVariableAndValueWhenAValueIsRejected(String name, String value, String expectedMessage) {
        Map<String, String> variables = withTrustStorePassword();
        variables.put(name, value);

        InvalidSettingException rejected = catchThrowableOfType(InvalidSettingException.class,
                () -> EnvironmentSettings.load(variables));

        assertThat(rejected).hasMessage(expectedMessage);
        assertThat(rejected.getMessage()).doesNotContain(PASSWORD);
    }

    @Test
    void shouldCapTheDefaultKeepAliveAtASmallerConnectionLimit() {
        Map<String, String> variables = Map.of("HTTP_MAX_CONNECTIONS", "10");

        assertThat(EnvironmentSettings.load(variables).pool().maxKeepAlive()).isEqualTo(10);
    }

    @Test
    void shouldNameTheUnsetMaximumWhenTheBackoffBaseExceedsItsDefault() {
        Map<String, String> variables = Map.of("HTTP_RETRY_BACKOFF_BASE_MS", "10000");

        assertThatThrownBy(() -> EnvironmentSettings.load(variables))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_RETRY_BACKOFF_MAX_MS (PT5S) must not be shorter than HTTP_RETRY_BACKOFF_BASE_MS"
                        + " (PT10S); HTTP_RETRY_BACKOFF_MAX_MS is not set, so its default applies: set"
                        + " HTTP_RETRY_BACKOFF_MAX_MS to a value that fits");
    }

    @Test
    void shouldAcceptRelatedValuesWhenTheyFitTogether() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of(
                "HTTP_MAX_CONNECTIONS", "10", "HTTP_MAX_KEEPALIVE", "5",
                "HTTP_RETRY_BACKOFF_BASE_MS", "10000", "HTTP_RETRY_BACKOFF_MAX_MS", "20000"));

        assertThat(settings.pool().maxKeepAlive()).isEqualTo(5);
        assertThat(settings.retry().backoffMax()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void shouldRefuseThePasswordWithoutEchoingItWhenNoTrustStoreIsSet() {
        Map<String, String> variables = Map.of("HTTP_TRUST_STORE_PASSWORD", PASSWORD);

        assertThatThrownBy(() -> EnvironmentSettings.load(variables))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_TRUST_STORE_PASSWORD is set but HTTP_TRUST_STORE is not; set HTTP_TRUST_STORE"
                        + " to the trust store's path or remove HTTP_TRUST_STORE_PASSWORD")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void shouldRefuseTheTypeWhenNoTrustStoreIsSet() {
        Map<String, String> variables = Map.of("HTTP_TRUST_STORE_TYPE", "JKS");

        assertThatThrownBy(() -> EnvironmentSettings.load(variables))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_TRUST_STORE_TYPE is set but HTTP_TRUST_STORE is not; set HTTP_TRUST_STORE"
                        + " to the trust store's path or remove HTTP_TRUST_STORE_TYPE");
    }

    @Test
    void shouldNameTheVariableWhenTheTrustStorePathIsInvalid() {
        Map<String, String> variables = Map.of("HTTP_TRUST_STORE", "trust\0.p12");

        assertThatThrownBy(() -> EnvironmentSettings.load(variables))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_TRUST_STORE='trust\0.p12' is not a valid path (")
                .hasMessageEndingWith("); use the path of the file");
    }

    @Test
    void shouldListEveryVariableWhenAskedForTheNames() {
        assertThat(EnvironmentSettings.VARIABLE_NAMES).containsExactly(
                "HTTP_TIMEOUT", "HTTP_CONNECT_TIMEOUT", "HTTP_READ_TIMEOUT", "HTTP_WRITE_TIMEOUT",
                "HTTP_CALL_TIMEOUT", "HTTP_MAX_CONNECTIONS", "HTTP_MAX_KEEPALIVE", "HTTP_KEEPALIVE_TIMEOUT",
                "CIRCUIT_BREAKER_THRESHOLD",
                "CIRCUIT_BREAKER_TIMEOUT", "CIRCUIT_BREAKER_COUNTS", "HTTP_RETRY_ATTEMPTS", "HTTP_RETRY_BACKOFF_BASE_MS",
                "HTTP_RETRY_BACKOFF_MAX_MS", "HTTP_DEBUG", "KUGEL_ENV", "HTTP_TRUST_STORE",
                "HTTP_TRUST_STORE_PASSWORD", "HTTP_TRUST_STORE_TYPE", "HTTP_LOAD_BALANCER",
                "HTTP_HEALTH_CHECK_INTERVAL", "HTTP_HEALTH_CHECK_PATH", "HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD",
                "HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD", "HTTP_OUTLIER_CONSECUTIVE_FAILURES", "HTTP_OUTLIER_BASE_EJECTION",
                "HTTP_OUTLIER_MAX_EJECTION", "HTTP_OUTLIER_MAX_EJECTION_PERCENT", "HTTP_OUTLIER_INTERVAL",
                "HTTP_OUTLIER_SUCCESS_RATE_STDEV_FACTOR", "HTTP_OUTLIER_FAILURE_PERCENTAGE", "HTTP_OUTLIER_MINIMUM_HOSTS",
                "HTTP_OUTLIER_REQUEST_VOLUME", "HTTP_PANIC_THRESHOLD", "HTTP_PEAK_EWMA_DECAY", "HTTP_RETRY_BUDGET_ENABLED",
                "HTTP_RETRY_BUDGET_RATIO", "HTTP_RETRY_BUDGET_MIN_PER_SECOND", "HTTP_HEDGING_ENABLED",
                "HTTP_HEDGING_MAX_EXTRA_LOAD_PERCENT", "HTTP_HEDGING_MIN_DELAY_MS", "HTTP_REQUEST_GZIP_MIN_BYTES",
                "HTTP_CACHE_MAX_ENTRIES", "HTTP_CACHE_MAX_BYTES", "HTTP_CACHE_DEFAULT_MAX_AGE",
                "HTTP_CACHE_STALE_WHILE_REVALIDATE", "HTTP_CACHE_STALE_IF_ERROR", "HTTP_CACHE_COLLAPSE",
                "HTTP_ADAPTIVE_CONCURRENCY", "HTTP_ADAPTIVE_CONCURRENCY_INITIAL_LIMIT",
                "HTTP_ADAPTIVE_CONCURRENCY_MIN_LIMIT", "HTTP_LOW_PRIORITY_PERCENT", "HTTP_CLIENT_THROTTLING",
                "HTTP_CLIENT_THROTTLING_K", "HTTP_MAX_ERROR_BODY_CHARS");
    }

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
        variables.put("HTTP_MAX_ERROR_BODY_CHARS", "0");

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
        assertThat(settings.logging().maxErrorBodyChars()).isZero();
        assertThat(settings.toString()).contains("policy=p2c", "budget=RetryBudgetSettings[", "gzipMinBytes=2048");
    }

    @Test
    void shouldParseTheCacheStaleAndCollapsingVariables() {
        HttpClientSettings settings = EnvironmentSettings.load(Map.of("HTTP_CACHE_DEFAULT_MAX_AGE", "5",
                "HTTP_CACHE_STALE_WHILE_REVALIDATE", "30", "HTTP_CACHE_STALE_IF_ERROR", "600",
                "HTTP_CACHE_COLLAPSE", "false"));

        assertThat(settings.responseCache()).isEqualTo(new ResponseCacheSettings(1000, 16L * 1024 * 1024,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(600), false));
    }

    @Test
    void shouldNameTheVariableWhenAStaleWindowIsOutOfRange() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_CACHE_STALE_IF_ERROR", "-1")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_CACHE_STALE_IF_ERROR='-1' is out of range: HTTP_CACHE_STALE_IF_ERROR must be between 0"
                        + " and 604800, but was -1");
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_CACHE_STALE_WHILE_REVALIDATE", "1.5")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_CACHE_STALE_WHILE_REVALIDATE='1.5' is not a whole number of seconds");
    }

    @Test
    void shouldReadTheLatencyAwareBalancingAndOutlierRuleVariables() {
        Map<String, String> variables = Map.ofEntries(
                Map.entry("HTTP_LOAD_BALANCER", "Peak-EWMA"),
                Map.entry("HTTP_PEAK_EWMA_DECAY", "2.5"),
                Map.entry("HTTP_PANIC_THRESHOLD", "50"),
                Map.entry("HTTP_OUTLIER_MAX_EJECTION_PERCENT", "34"),
                Map.entry("HTTP_OUTLIER_INTERVAL", "0.5"),
                Map.entry("HTTP_OUTLIER_SUCCESS_RATE_STDEV_FACTOR", "1.9"),
                Map.entry("HTTP_OUTLIER_FAILURE_PERCENTAGE", "85"),
                Map.entry("HTTP_OUTLIER_MINIMUM_HOSTS", "5"),
                Map.entry("HTTP_OUTLIER_REQUEST_VOLUME", "100"));

        LoadBalancingSettings balancing = EnvironmentSettings.load(variables).loadBalancing();

        assertThat(balancing.policy()).isEqualTo(LoadBalancingPolicy.PEAK_EWMA);
        assertThat(balancing.peakEwmaDecay()).isEqualTo(Duration.ofMillis(2500));
        assertThat(balancing.panicThreshold()).isEqualTo(50);
        assertThat(balancing.outlierMaxEjectionPercent()).isEqualTo(34);
        assertThat(balancing.outlierRates()).isEqualTo(new OutlierRateSettings(Duration.ofMillis(500), 1.9, 85, 5, 100));
    }

    @Test
    void shouldNameTheVariableWhenAnOutlierRuleIsOutOfRange() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_OUTLIER_FAILURE_PERCENTAGE", "101")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_OUTLIER_FAILURE_PERCENTAGE='101'");
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_PANIC_THRESHOLD", "half")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_PANIC_THRESHOLD='half'");
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_PEAK_EWMA_DECAY", "0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_PEAK_EWMA_DECAY='0'");
    }

    @Test
    void shouldReadTheHedgingVariables() {
        HedgingSettings hedging = EnvironmentSettings.load(Map.of("HTTP_HEDGING_ENABLED", "true",
                "HTTP_HEDGING_MAX_EXTRA_LOAD_PERCENT", "5", "HTTP_HEDGING_MIN_DELAY_MS", "20")).retry().hedging();

        assertThat(hedging).isEqualTo(new HedgingSettings(true, 5, Duration.ofMillis(20)));
        assertThat(hedging.delayPercentile()).isEqualTo(95.0);
        assertThat(EnvironmentSettings.load(Map.of()).retry().hedging().enabled()).isFalse();
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_HEDGING_MAX_EXTRA_LOAD_PERCENT", "51")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_HEDGING_MAX_EXTRA_LOAD_PERCENT='51'");
        assertThatThrownBy(() -> HedgingSettings.DEFAULTS.toBuilder().minDelay(Duration.ZERO).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("hedgingMinDelay must be a positive duration, but was PT0S");
    }

    @Test
    void shouldReadTheOverloadVariablesAndRefuseAMinimumAboveTheInitialLimit() {
        OverloadSettings overload = EnvironmentSettings.load(Map.of("HTTP_ADAPTIVE_CONCURRENCY", "true",
                "HTTP_ADAPTIVE_CONCURRENCY_INITIAL_LIMIT", "40", "HTTP_ADAPTIVE_CONCURRENCY_MIN_LIMIT", "8",
                "HTTP_LOW_PRIORITY_PERCENT", "60", "HTTP_CLIENT_THROTTLING", "true", "HTTP_CLIENT_THROTTLING_K", "1.5"))
                .overload();

        assertThat(overload).isEqualTo(new OverloadSettings(true, 40, 8, 60, true, 1.5));
        assertThat(EnvironmentSettings.load(Map.of()).overload()).isEqualTo(OverloadSettings.DEFAULTS);
        assertThatThrownBy(() -> OverloadSettings.DEFAULTS.toBuilder().minLimit(30).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("adaptiveMinLimit (30) must not be above adaptiveInitialLimit (20)");
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_CLIENT_THROTTLING_K", "0.5")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HTTP_CLIENT_THROTTLING_K='0.5'");
    }

    @Test
    void shouldNameTheVariableWhenTheLoadBalancerIsUnknown() {
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_LOAD_BALANCER", "random")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_LOAD_BALANCER='random' is not a load-balancing policy; use one of round-robin, p2c, peak-ewma");
    }

    @Test
    void shouldKeepIdleConnectionsTwoSecondsByDefaultAndTakeOnlyWholeSeconds() {
        assertThat(EnvironmentSettings.load(Map.of()).pool().keepAliveTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(EnvironmentSettings.load(Map.of("HTTP_KEEPALIVE_TIMEOUT", "3")).pool().keepAliveTimeout())
                .isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("HTTP_KEEPALIVE_TIMEOUT", "2.5")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("HTTP_KEEPALIVE_TIMEOUT='2.5' is not a whole number of seconds; use a whole number of seconds such as 2");
    }

    @Test
    void shouldCountCallsByDefaultAndNameTheVariableWhenTheCountingIsUnknown() {
        assertThat(EnvironmentSettings.load(Map.of()).breaker().counting()).isEqualTo(BreakerCounting.CALLS);
        assertThatThrownBy(() -> EnvironmentSettings.load(Map.of("CIRCUIT_BREAKER_COUNTS", "requests")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CIRCUIT_BREAKER_COUNTS='requests' is not a breaker counting; use calls or attempts");
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

    private static Map<String, String> withTrustStorePassword() {
        Map<String, String> variables = new HashMap<>();
        variables.put("HTTP_TRUST_STORE", "trust.p12");
        variables.put("HTTP_TRUST_STORE_PASSWORD", PASSWORD);
        return variables;
    }
}
