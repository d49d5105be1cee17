package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.spi.TimeSource;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The instances of one service and the choice of the instance for each attempt. The load balancer
 * chooses among the usable instances (healthy and not ejected) that the call has not tried yet; a
 * retry thus goes to another instance when there is one. With no such instance it falls back to the
 * usable ones, then to all, so a service whose instances all look bad is still called and its
 * circuit breaker decides. Attempt outcomes go to the {@link OutlierDetector}. Thread-safe.
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
            candidates = filter(e -> e.isUsable(now));
        }
        if (candidates.isEmpty()) {
            candidates = all;
        }
        return balancer.choose(candidates);
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

    /** How many instances are usable now. */
    public int usableCount() {
        long now = time.nanoTime();
        return (int) all.stream().filter(e -> e.isUsable(now)).count();
    }

    private List<Endpoint> filter(Predicate<Endpoint> test) {
        return all.stream().filter(test).collect(Collectors.toList());
    }
}
