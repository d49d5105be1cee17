package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.OutlierRateSettings;
import com.kugelpos.http.event.EjectionReason;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rate rules of outlier detection, judged over one interval's outcomes (in the manner of
 * Envoy's): of the instances with at least {@code requestVolume} attempts, when there are at least
 * {@code minimumHosts} of them, an instance is an outlier whose failed attempts are {@code
 * failurePercentage} percent or more of its attempts, or whose success rate is below the mean of
 * theirs less {@code successRateStdevFactor} standard deviations (of the population). With {@code n}
 * instances judged no rate lies more than {@code sqrt(n - 1)} deviations below the mean, so the
 * success-rate rule needs a factor below that to ever eject. Stateless.
 */
final class OutlierRates {

    /** One instance's outcomes over an interval. */
    record Tally(long successes, long failures) {
        long attempts() {
            return successes + failures;
        }

        double successRate() {
            return (double) successes / attempts();
        }
    }

    /** Why an instance is an outlier: the rule, and the figures for the log. */
    record Verdict(EjectionReason reason, String why) {}

    private final OutlierRateSettings settings;

    OutlierRates(OutlierRateSettings settings) {
        this.settings = settings;
    }

    /**
     * The outliers among the instances of {@code tallies}, the lowest success rate first (the first
     * to eject when not all may be).
     *
     * @param tallies the outcomes of each instance that is not ejected
     */
    <K> Map<K, Verdict> outliers(Map<K, Tally> tallies) {
        Map<K, Tally> judged = new LinkedHashMap<>();
        tallies.entrySet().stream()
                .filter(entry -> entry.getValue().attempts() >= settings.requestVolume())
                .sorted(Comparator.comparingDouble(entry -> entry.getValue().successRate()))
                .forEach(entry -> judged.put(entry.getKey(), entry.getValue()));
        Map<K, Verdict> outliers = new LinkedHashMap<>();
        if (judged.size() < settings.minimumHosts()) {
            return outliers;
        }
        if (settings.failurePercentage() > 0) {
            judged.forEach((instance, tally) -> {
                if (tally.failures() * 100 >= (long) settings.failurePercentage() * tally.attempts()) {
                    outliers.put(instance, new Verdict(EjectionReason.FAILURE_PERCENTAGE, String.format(Locale.ROOT,
                            "%d of %d attempts failed in the last interval (at least %d %%)", tally.failures(),
                            tally.attempts(), settings.failurePercentage())));
                }
            });
        }
        if (settings.successRateStdevFactor() > 0) {
            List<Double> rateList = judged.values().stream().map(Tally::successRate).toList();
            double mean = rateList.stream().mapToDouble(Double::doubleValue).average().orElse(1);
            double variance = rateList.stream().mapToDouble(rate -> (rate - mean) * (rate - mean)).average().orElse(0);
            double floor = mean - settings.successRateStdevFactor() * Math.sqrt(variance);
            judged.forEach((instance, tally) -> {
                if (tally.successRate() < floor && !outliers.containsKey(instance)) {
                    outliers.put(instance, new Verdict(EjectionReason.SUCCESS_RATE, String.format(Locale.ROOT,
                            "a success rate of %.1f %% in the last interval, below %.1f %% (mean less %s deviations)",
                            100 * tally.successRate(), 100 * floor, settings.successRateStdevFactor())));
                }
            });
        }
        return outliers;
    }
}
