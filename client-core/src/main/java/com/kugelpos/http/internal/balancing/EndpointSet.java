package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.InstanceState;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.spi.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The instances of one service and the choice of the instance for each attempt. The load balancer
 * chooses among the usable instances (healthy and not ejected) that the call has not tried yet; a
 * retry thus goes to another instance when there is one. With no such instance it takes one the
 * call has not tried even if it is not usable (a healthy instance that was ejected for being slow
 * must not leave a call to retry a dead one that outlier detection cannot eject, being the last one
 * left in), then the usable ones, then all, so a service whose instances all look bad is still
 * called and its circuit breaker decides. With a panic threshold set ({@link PanicMode}), while
 * too few instances are usable the balancer chooses among all untried ones. Attempt outcomes go to
 * the {@link OutlierDetector}, and attempt latencies to the instances' estimates when the balancer
 * reads them. Thread-safe.
 */
public final class EndpointSet {

    private final List<Endpoint> all;
    private final LoadBalancer balancer;
    private final OutlierDetector outliers;
    private final PanicMode panic;
    private final boolean tracksLatency;
    private final TimeSource time;

    /**
     * @param uris the service's base URLs, one or more
     * @param latencyDecay the decay time of each instance's latency estimate
     * @param panic the service's panic mode, or null when it has none
     */
    EndpointSet(List<URI> uris, Duration latencyDecay, LoadBalancer balancer, OutlierDetector outliers,
            PanicMode panic, TimeSource time) {
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("A service needs one or more instances");
        }
        this.all = uris.stream().map(uri -> new Endpoint(uri, latencyDecay)).collect(Collectors.toUnmodifiableList());
        this.balancer = balancer;
        this.outliers = outliers;
        this.panic = panic;
        this.tracksLatency = balancer.readsLatency();
        this.time = time;
    }

    /** The instances of {@code service} at {@code uris}, balanced, ejected and panicking as {@code settings} say. */
    public static EndpointSet of(String service, List<URI> uris, LoadBalancingSettings settings,
            RandomGenerator random, TimeSource time, EventPublisher events) {
        return new EndpointSet(uris, settings.peakEwmaDecay(), LoadBalancer.of(settings.policy(), random, time),
                new OutlierDetector(service, settings, time, events),
                settings.panicThreshold() == 0 ? null : new PanicMode(service, settings.panicThreshold(), events), time);
    }

    /** Every instance, in the order discovery listed them. */
    public List<Endpoint> all() {
        return all;
    }

    /**
     * The instance for the next attempt of a call.
     *
     * @param tried the instances the call's earlier attempts went to
     */
    public Endpoint next(Set<Endpoint> tried) {
        if (all.size() == 1) {
            return all.get(0);
        }
        long now = time.nanoTime();
        boolean panicking = panic != null && panic.check(usableCount(now), all.size());
        List<Endpoint> candidates = filter(e -> (panicking || e.isUsable(now)) && !tried.contains(e));
        if (candidates.isEmpty()) {
            candidates = filter(e -> !tried.contains(e));
        }
        if (candidates.isEmpty()) {
            candidates = filter(e -> e.isUsable(now));
        }
        if (candidates.isEmpty()) {
            candidates = all;
        }
        return balancer.choose(candidates);
    }

    /** Whether a usable instance (healthy and not ejected) is left that {@code tried} does not hold. */
    public boolean hasUsableUntried(Set<Endpoint> tried) {
        long now = time.nanoTime();
        return all.stream().anyMatch(e -> e.isUsable(now) && !tried.contains(e));
    }

    /** Whether an instance is left that {@code tried} does not hold. */
    public boolean hasUntried(Set<Endpoint> tried) {
        return all.stream().anyMatch(e -> !tried.contains(e));
    }

    /**
     * Counts an attempt as in flight to {@code endpoint}.
     *
     * @return the attempts in flight to it with this one, to give back to {@link #attemptEnded}
     */
    public int attemptStarted(Endpoint endpoint) {
        return endpoint.attemptStarted();
    }

    /**
     * Ends an attempt to {@code endpoint}.
     *
     * <p>The latency estimate takes in the latency per attempt that was in flight when this one
     * started ({@code latency / inFlightAtStart}), so that the balancer's cost, estimate times
     * attempts in flight plus one, predicts the latency at the load of now. Without this division a
     * latency that already holds the queueing of many attempts in flight would be multiplied by
     * them once more, and an idle slow instance would look cheaper than a busy fast one.
     *
     * @param succeeded whether it got an answer below 500
     * @param latency from sending the attempt to its answer or failure
     * @param inFlightAtStart what {@link #attemptStarted} returned for it
     */
    public void attemptEnded(Endpoint endpoint, boolean succeeded, Duration latency, int inFlightAtStart) {
        endpoint.attemptEnded();
        if (tracksLatency) {
            long now = time.nanoTime();
            long perAttempt = latency.toNanos() / Math.max(1, inFlightAtStart);
            if (succeeded) {
                endpoint.latency().observe(perAttempt, now);
            } else {
                endpoint.latency().observeFailure(perAttempt, now);
            }
        }
        if (succeeded) {
            outliers.onSuccess(endpoint, all);
        } else {
            outliers.onFailure(endpoint, all);
        }
    }

    /** Ends an attempt to {@code endpoint} that was refused before it was sent: no outcome to count. */
    public void attemptAbandoned(Endpoint endpoint) {
        endpoint.attemptEnded();
    }

    /** The state of every instance now, in the order discovery listed them. */
    public List<InstanceState> states() {
        long now = time.nanoTime();
        Instant wallNow = time.now();
        return all.stream().map(e -> new InstanceState(e.uri(), e.isHealthy(),
                e.isEjected(now) ? wallNow.plusNanos(e.ejectedUntilNanos() - now) : null,
                outliers.consecutiveFailures(e), e.inFlight(),
                Duration.ofNanos(Math.round(e.latency().estimate(now))))).collect(Collectors.toUnmodifiableList());
    }

    /** How many instances are usable now. */
    public int usableCount() {
        return usableCount(time.nanoTime());
    }

    /** Whether the service was in panic mode at its last instance choice (never without a panic threshold). */
    public boolean isPanicking() {
        return panic != null && panic.isPanicking();
    }

    private int usableCount(long now) {
        int usable = 0;
        for (Endpoint endpoint : all) {
            if (endpoint.isUsable(now)) {
                usable++;
            }
        }
        return usable;
    }

    private List<Endpoint> filter(Predicate<Endpoint> test) {
        return all.stream().filter(test).collect(Collectors.toList());
    }
}
