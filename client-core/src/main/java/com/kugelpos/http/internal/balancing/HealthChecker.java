package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.event.InstanceHealthEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.spi.TimeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active health checks of a service's instances: every {@code healthCheckInterval} (scheduled
 * through the injected {@link TimeSource}) it probes each instance; {@code unhealthyThreshold}
 * failed probes in a row mark an instance unhealthy, and {@code healthyThreshold} passed probes in a
 * row mark it healthy again. The next round is scheduled when a round has ended, so rounds never
 * overlap. Thread-safe.
 */
public final class HealthChecker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthChecker.class);

    private final String service;
    private final List<Endpoint> endpoints;
    private final LoadBalancingSettings settings;
    private final TimeSource time;
    private final HealthProbe probe;
    private final EventPublisher events;
    private final Map<Endpoint, Streak> streaks = new HashMap<>();
    private ScheduledFuture<?> nextRound;
    private boolean closed;

    /** A checker of {@code endpoints}; call {@link #start()} to begin the rounds. */
    public HealthChecker(String service, List<Endpoint> endpoints, LoadBalancingSettings settings, TimeSource time,
            HealthProbe probe, EventPublisher events) {
        this.service = service;
        this.endpoints = List.copyOf(endpoints);
        this.settings = settings;
        this.time = time;
        this.probe = probe;
        this.events = events;
    }

    /** Schedules the first round one interval from now. */
    public synchronized void start() {
        if (!closed && nextRound == null) {
            nextRound = time.schedule(this::scheduledRound, settings.healthCheckInterval());
        }
    }

    /**
     * Probes every instance once and records the results.
     *
     * @return completes when every probe has been recorded
     */
    public CompletableFuture<Void> probeAll() {
        CompletableFuture<?>[] probes = endpoints.stream()
                .map(endpoint -> check(endpoint)
                        .exceptionally(failure -> false)
                        .thenAccept(healthy -> record(endpoint, healthy)))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(probes);
    }

    /** Stops the rounds; a probe under way still records its result. */
    @Override
    public synchronized void close() {
        closed = true;
        if (nextRound != null) {
            nextRound.cancel(false);
        }
    }

    /** A probe that throws (e.g. its executor was shut down) counts as failed. */
    private CompletableFuture<Boolean> check(Endpoint endpoint) {
        try {
            return probe.check(endpoint.uri());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(false);
        }
    }

    private void scheduledRound() {
        probeAll().whenComplete((done, failure) -> {
            synchronized (this) {
                nextRound = null;
            }
            start();
        });
    }

    private synchronized void record(Endpoint endpoint, boolean passed) {
        Streak streak = streaks.computeIfAbsent(endpoint, e -> new Streak());
        streak.passed = passed ? streak.passed + 1 : 0;
        streak.failed = passed ? 0 : streak.failed + 1;
        boolean wasHealthy = endpoint.isHealthy();
        if (wasHealthy && streak.failed >= settings.unhealthyThreshold()) {
            changeHealth(endpoint, false);
        } else if (!wasHealthy && streak.passed >= settings.healthyThreshold()) {
            changeHealth(endpoint, true);
        }
    }

    private void changeHealth(Endpoint endpoint, boolean healthy) {
        endpoint.healthy(healthy);
        if (healthy) {
            LOG.info("Instance {} of {} is healthy again", endpoint, service);
        } else {
            LOG.warn("Instance {} of {} is unhealthy: {} failed health checks of {} in a row", endpoint, service,
                    settings.unhealthyThreshold(), settings.healthCheckPath());
        }
        events.publish(new InstanceHealthEvent(service, endpoint.uri(), healthy));
    }

    /** Probe results in a row of one instance; guarded by the checker. */
    private static final class Streak {
        int passed;
        int failed;
    }
}
