package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.config.OutlierRateSettings;
import com.kugelpos.http.event.EjectionReason;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passive outlier ejection. An instance whose attempts fail {@code outlierConsecutiveFailures} times
 * in a row (5xx, timeout, connection error) is ejected for {@code outlierBaseEjection}; each further
 * ejection in a row doubles the period, up to {@code outlierMaxEjection}. The first success after an
 * ejection resets the period. With the rate rules on ({@link OutlierRateSettings}), the attempts of
 * each instance are also counted per interval, and when an attempt ends after the interval is over
 * the {@link OutlierRates rates} are judged, instances ejected by them, and the counts started anew.
 * At most {@link LoadBalancingSettings#maxEjected(int)} instances are ejected at once, so the last
 * instance that is not ejected never is and a service whose instances all fail is left to its
 * circuit breaker. Outcomes of attempts that end while their instance is ejected are ignored. Time
 * is read through the injected {@link TimeSource}. Thread-safe.
 */
public final class OutlierDetector {

    private static final Logger LOG = LoggerFactory.getLogger(OutlierDetector.class);

    private final String service;
    private final LoadBalancingSettings settings;
    private final TimeSource time;
    private final EventPublisher events;
    private final OutlierRates rates;
    private final Map<Endpoint, Counts> counts = new HashMap<>();
    private long intervalStartNanos;

    /** An outlier detector of {@code service}'s instances. */
    public OutlierDetector(String service, LoadBalancingSettings settings, TimeSource time, EventPublisher events) {
        this.service = service;
        this.settings = settings;
        this.time = time;
        this.events = events;
        this.rates = settings.outlierRates().enabled() ? new OutlierRates(settings.outlierRates()) : null;
        this.intervalStartNanos = time.nanoTime();
    }

    /**
     * An attempt to {@code endpoint} got an answer that shows it works (below 500).
     *
     * @param all the service's instances, judged by the rate rules when an interval is over
     */
    public synchronized void onSuccess(Endpoint endpoint, List<Endpoint> all) {
        long now = time.nanoTime();
        Counts of = counts(endpoint);
        of.consecutiveFailures = 0;
        if (!endpoint.isEjected(now)) {
            of.ejectionsInARow = 0;
            count(of, true, all, now);
        }
    }

    /**
     * An attempt to {@code endpoint} failed; ejects it when this makes enough failures in a row.
     *
     * @param all the service's instances, to keep enough of them in
     */
    public synchronized void onFailure(Endpoint endpoint, List<Endpoint> all) {
        int threshold = settings.outlierConsecutiveFailures();
        long now = time.nanoTime();
        if (endpoint.isEjected(now)) {
            return;
        }
        Counts of = counts(endpoint);
        count(of, false, all, now);
        if (threshold == 0 || endpoint.isEjected(now)) {
            return;
        }
        of.consecutiveFailures++;
        if (of.consecutiveFailures >= threshold) {
            eject(endpoint, all, now, EjectionReason.CONSECUTIVE_FAILURES,
                    threshold + " consecutive failures");
        }
    }

    /** Failed attempts in a row on {@code endpoint} since its last success or ejection. */
    public synchronized int consecutiveFailures(Endpoint endpoint) {
        Counts of = counts.get(endpoint);
        return of == null ? 0 : of.consecutiveFailures;
    }

    /** The period of an ejection after {@code earlier} ejections in a row: base × 2^earlier, at most the max. */
    Duration ejectionPeriod(int earlier) {
        Duration max = settings.outlierMaxEjection();
        Duration period = settings.outlierBaseEjection();
        for (int i = 0; i < earlier && period.compareTo(max) < 0; i++) {
            period = period.multipliedBy(2);
        }
        return period.compareTo(max) < 0 ? period : max;
    }

    /** Counts an outcome for the rate rules, and judges the rates when the interval is over. */
    private void count(Counts of, boolean succeeded, List<Endpoint> all, long now) {
        if (rates == null) {
            return;
        }
        if (succeeded) {
            of.intervalSuccesses++;
        } else {
            of.intervalFailures++;
        }
        if (now - intervalStartNanos < settings.outlierRates().interval().toNanos()) {
            return;
        }
        intervalStartNanos = now;
        Map<Endpoint, OutlierRates.Tally> tallies = new HashMap<>();
        for (Endpoint each : all) {
            Counts counted = counts.get(each);
            if (counted != null && !each.isEjected(now)) {
                tallies.put(each, new OutlierRates.Tally(counted.intervalSuccesses, counted.intervalFailures));
            }
        }
        counts.values().forEach(Counts::newInterval);
        rates.outliers(tallies).forEach((outlier, verdict) -> eject(outlier, all, now, verdict.reason(), verdict.why()));
    }

    /** Ejects {@code endpoint} unless as many instances as allowed are ejected already. */
    private void eject(Endpoint endpoint, List<Endpoint> all, long now, EjectionReason reason, String why) {
        long ejected = all.stream().filter(other -> other.isEjected(now)).count();
        if (endpoint.isEjected(now) || ejected >= settings.maxEjected(all.size())) {
            return;
        }
        Counts of = counts(endpoint);
        Duration period = ejectionPeriod(of.ejectionsInARow);
        endpoint.ejectUntil(now + period.toNanos());
        of.ejectionsInARow++;
        of.consecutiveFailures = 0;
        LOG.warn("Instance {} of {} ejected for {} ms after {}", endpoint, service, period.toMillis(), why);
        events.publish(new InstanceEjectedEvent(service, endpoint.uri(), period, reason));
    }

    private Counts counts(Endpoint endpoint) {
        return counts.computeIfAbsent(endpoint, e -> new Counts());
    }

    /** Failures and ejections in a row of one instance, and its outcomes in the interval; guarded by the detector. */
    private static final class Counts {
        int consecutiveFailures;
        int ejectionsInARow;
        long intervalSuccesses;
        long intervalFailures;

        void newInterval() {
            intervalSuccesses = 0;
            intervalFailures = 0;
        }
    }
}
