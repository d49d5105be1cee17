package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingSettings;
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
 * Passive outlier ejection: an instance whose attempts fail {@code outlierConsecutiveFailures} times
 * in a row (5xx, timeout, connection error) is ejected for {@code outlierBaseEjection}; each further
 * ejection in a row doubles the period, up to {@code outlierMaxEjection}. The first success after an
 * ejection resets the period. The last instance that is not ejected is never ejected, so a service
 * whose instances all fail is left to its circuit breaker. Outcomes of attempts that end while their
 * instance is ejected are ignored. Time is read through the injected {@link TimeSource}. Thread-safe.
 */
public final class OutlierDetector {

    private static final Logger LOG = LoggerFactory.getLogger(OutlierDetector.class);

    private final String service;
    private final LoadBalancingSettings settings;
    private final TimeSource time;
    private final EventPublisher events;
    private final Map<Endpoint, Counts> counts = new HashMap<>();

    /** An outlier detector of {@code service}'s instances. */
    public OutlierDetector(String service, LoadBalancingSettings settings, TimeSource time, EventPublisher events) {
        this.service = service;
        this.settings = settings;
        this.time = time;
        this.events = events;
    }

    /** An attempt to {@code endpoint} got an answer that shows it works (below 500). */
    public synchronized void onSuccess(Endpoint endpoint) {
        Counts of = counts(endpoint);
        of.consecutiveFailures = 0;
        if (!endpoint.isEjected(time.nanoTime())) {
            of.ejectionsInARow = 0;
        }
    }

    /**
     * An attempt to {@code endpoint} failed; ejects it when this makes enough failures in a row.
     *
     * @param all the service's instances, to keep at least one of them in
     */
    public synchronized void onFailure(Endpoint endpoint, List<Endpoint> all) {
        int threshold = settings.outlierConsecutiveFailures();
        long now = time.nanoTime();
        if (threshold == 0 || endpoint.isEjected(now)) {
            return;
        }
        Counts of = counts(endpoint);
        of.consecutiveFailures++;
        if (of.consecutiveFailures < threshold || all.stream().noneMatch(other -> other != endpoint && !other.isEjected(now))) {
            return;
        }
        Duration period = ejectionPeriod(of.ejectionsInARow);
        endpoint.ejectUntil(now + period.toNanos());
        of.ejectionsInARow++;
        of.consecutiveFailures = 0;
        LOG.warn("Instance {} of {} ejected for {} ms after {} consecutive failures", endpoint, service,
                period.toMillis(), threshold);
        events.publish(new InstanceEjectedEvent(service, endpoint.uri(), period));
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

    private Counts counts(Endpoint endpoint) {
        return counts.computeIfAbsent(endpoint, e -> new Counts());
    }

    /** Failures and ejections in a row of one instance; guarded by the detector. */
    private static final class Counts {
        int consecutiveFailures;
        int ejectionsInARow;
    }
}
