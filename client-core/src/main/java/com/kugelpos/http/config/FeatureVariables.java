package com.kugelpos.http.config;

import static com.kugelpos.http.config.EnvironmentSettings.HTTP_CACHE_MAX_BYTES;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_CACHE_MAX_ENTRIES;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_HEALTH_CHECK_INTERVAL;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_HEALTH_CHECK_PATH;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_LOAD_BALANCER;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_OUTLIER_BASE_EJECTION;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_OUTLIER_CONSECUTIVE_FAILURES;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_OUTLIER_MAX_EJECTION;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_REQUEST_GZIP_MIN_BYTES;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_RETRY_BUDGET_ENABLED;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_RETRY_BUDGET_MIN_PER_SECOND;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_RETRY_BUDGET_RATIO;

import java.util.Map;

/**
 * Reads the variables of the features beyond the specification's core: load balancing, health
 * checks, outlier ejection, the retry budget, request compression and the response cache. Range
 * errors are thrown by the settings' own validation and named after the variable by {@link
 * EnvironmentSettings}. Stateless.
 */
final class FeatureVariables {

    private FeatureVariables() {}

    /** Applies the set variables among {@code set} (absent and blank ones are not in it) to {@code builder}. */
    static void apply(Map<String, String> set, HttpClientSettings.Builder builder) {
        builder.loadBalancing(loadBalancing(set, LoadBalancingSettings.DEFAULTS));
        RetryBudgetSettings budget = retryBudget(set, RetryBudgetSettings.DEFAULTS);
        builder.retry(r -> r.budget(budget));
        builder.responseCache(responseCache(set, ResponseCacheSettings.DEFAULTS));
        if (set.containsKey(HTTP_REQUEST_GZIP_MIN_BYTES)) {
            int minBytes = VariableParsers.wholeNumber(HTTP_REQUEST_GZIP_MIN_BYTES,
                    set.get(HTTP_REQUEST_GZIP_MIN_BYTES), "1024");
            builder.request(r -> r.gzipMinBytes(minBytes));
        }
    }

    private static LoadBalancingSettings loadBalancing(Map<String, String> set, LoadBalancingSettings defaults) {
        LoadBalancingSettings.Builder builder = defaults.toBuilder();
        if (set.containsKey(HTTP_LOAD_BALANCER)) {
            builder.policy(VariableParsers.loadBalancingPolicy(HTTP_LOAD_BALANCER, set.get(HTTP_LOAD_BALANCER)));
        }
        if (set.containsKey(HTTP_HEALTH_CHECK_INTERVAL)) {
            builder.healthCheckInterval(VariableParsers.secondsOrOff(HTTP_HEALTH_CHECK_INTERVAL,
                    set.get(HTTP_HEALTH_CHECK_INTERVAL), "10"));
        }
        if (set.containsKey(HTTP_HEALTH_CHECK_PATH)) {
            builder.healthCheckPath(set.get(HTTP_HEALTH_CHECK_PATH).strip());
        }
        if (set.containsKey(HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD)) {
            builder.unhealthyThreshold(VariableParsers.wholeNumber(HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD,
                    set.get(HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD), "2"));
        }
        if (set.containsKey(HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD)) {
            builder.healthyThreshold(VariableParsers.wholeNumber(HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD,
                    set.get(HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD), "2"));
        }
        if (set.containsKey(HTTP_OUTLIER_CONSECUTIVE_FAILURES)) {
            builder.outlierConsecutiveFailures(VariableParsers.wholeNumber(HTTP_OUTLIER_CONSECUTIVE_FAILURES,
                    set.get(HTTP_OUTLIER_CONSECUTIVE_FAILURES), "2"));
        }
        if (set.containsKey(HTTP_OUTLIER_BASE_EJECTION)) {
            builder.outlierBaseEjection(VariableParsers.seconds(HTTP_OUTLIER_BASE_EJECTION,
                    set.get(HTTP_OUTLIER_BASE_EJECTION), "30"));
        }
        if (set.containsKey(HTTP_OUTLIER_MAX_EJECTION)) {
            builder.outlierMaxEjection(VariableParsers.seconds(HTTP_OUTLIER_MAX_EJECTION,
                    set.get(HTTP_OUTLIER_MAX_EJECTION), "300"));
        }
        return builder.build();
    }

    private static RetryBudgetSettings retryBudget(Map<String, String> set, RetryBudgetSettings defaults) {
        boolean enabled = set.containsKey(HTTP_RETRY_BUDGET_ENABLED)
                ? VariableParsers.flag(HTTP_RETRY_BUDGET_ENABLED, set.get(HTTP_RETRY_BUDGET_ENABLED))
                : defaults.enabled();
        double ratio = set.containsKey(HTTP_RETRY_BUDGET_RATIO)
                ? VariableParsers.decimal(HTTP_RETRY_BUDGET_RATIO, set.get(HTTP_RETRY_BUDGET_RATIO), "0.2")
                : defaults.ratio();
        int minPerSecond = set.containsKey(HTTP_RETRY_BUDGET_MIN_PER_SECOND)
                ? VariableParsers.wholeNumber(HTTP_RETRY_BUDGET_MIN_PER_SECOND,
                        set.get(HTTP_RETRY_BUDGET_MIN_PER_SECOND), "5")
                : defaults.minPerSecond();
        return new RetryBudgetSettings(enabled, ratio, minPerSecond);
    }

    private static ResponseCacheSettings responseCache(Map<String, String> set, ResponseCacheSettings defaults) {
        int maxEntries = set.containsKey(HTTP_CACHE_MAX_ENTRIES)
                ? VariableParsers.wholeNumber(HTTP_CACHE_MAX_ENTRIES, set.get(HTTP_CACHE_MAX_ENTRIES), "1000")
                : defaults.maxEntries();
        long maxBytes = set.containsKey(HTTP_CACHE_MAX_BYTES)
                ? VariableParsers.byteCount(HTTP_CACHE_MAX_BYTES, set.get(HTTP_CACHE_MAX_BYTES), "16777216")
                : defaults.maxBytes();
        return new ResponseCacheSettings(maxEntries, maxBytes);
    }
}
