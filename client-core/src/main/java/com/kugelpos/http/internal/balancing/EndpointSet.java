package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.InstanceState;
import com.kugelpos.http.spi.TimeSource;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The instances of one service and the choice of the instance for each attempt. The load balancer
 * chooses among the usable instances (healthy and not ejected) that the call has not tried yet; a
 * retry thus goes to another instance when there is one. With no such instance it takes one the
 * call has not tried even if it is not usable (a healthy instance that was ejected for being slow
 * must not leave a call to retry a dead one that outlier detection cannot eject, being the last one
 * left in), then the usable ones, then all, so a service whose instances all look bad is still
 * called and its circuit breaker decides. Attempt outcomes go to the {@link OutlierDetector}.
 * Thread-safe.
 */
public final class EndpointSet {

    private final List<Endpoint> all;
    private final LoadBalancer balancer;
    private final OutlierDetector outliers;
    private final TimeSource time;

    /** @param uris the service's base URLs, one or more */
    public EndpointSet(List<URI> uris, LoadBalancer balancer, OutlierDetector outliers, TimeSource time) {
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("A service needs one or more instances");
        }
        this.all = uris.stream().map(Endpoint::new).collect(Collectors.toUnmodifiableList());
        this.balancer = balancer;
        this.outliers = outliers;
        this.time = time;
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
        List<Endpoint> candidates = filter(e -> e.isUsable(now) && !tried.contains(e));
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

    /** Whether an instance is left that {@code tried} does not hold. */
    public boolean hasUntried(Set<Endpoint> tried) {
        return all.stream().anyMatch(e -> !tried.contains(e));
    }

    /** Counts an attempt as in flight to {@code endpoint}. */
    public void attemptStarted(Endpoint endpoint) {
        endpoint.attemptStarted();
    }

    /**
     * Ends an attempt to {@code endpoint}.
     *
     * @param succeeded whether it got an answer below 500
     */
    public void attemptEnded(Endpoint endpoint, boolean succeeded) {
        endpoint.attemptEnded();
        if (succeeded) {
            outliers.onSuccess(endpoint);
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
                outliers.consecutiveFailures(e), e.inFlight())).collect(Collectors.toUnmodifiableList());
    }

    /** How many instances are usable now. */
    public int usableCount() {
        long now = time.nanoTime();
        return (int) all.stream().filter(e -> e.isUsable(now)).count();
    }

    private List<Endpoint> filter(Predicate<Endpoint> test) {
        return all.stream().filter(test).collect(Collectors.toList());
    }
}
