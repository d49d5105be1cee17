package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingPolicy;
import com.kugelpos.http.spi.TimeSource;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;

/** Picks the instance for the next attempt among the candidates. Implementations are thread-safe. */
public interface LoadBalancer {

    /**
     * The instance for the next attempt.
     *
     * @param candidates one or more instances, all usable unless none was
     */
    Endpoint choose(List<Endpoint> candidates);

    /** Whether it reads the instances' latency estimates, which are then kept up to date per attempt. */
    default boolean readsLatency() {
        return false;
    }

    /** The instances in turn. */
    static LoadBalancer roundRobin() {
        return new RoundRobin();
    }

    /**
     * Two distinct instances at random, and of those the one with fewer attempts in flight.
     *
     * @param randomBelow given {@code n}, a random whole number in {@code [0, n)}
     */
    static LoadBalancer powerOfTwoChoices(IntUnaryOperator randomBelow) {
        return new PowerOfTwoChoices(randomBelow, Endpoint::inFlight, false, "p2c");
    }

    /**
     * Two distinct instances at random, and of those the one of lower peak-EWMA cost (latency
     * estimate times attempts in flight plus one).
     *
     * @param randomBelow given {@code n}, a random whole number in {@code [0, n)}
     * @param time the clock the latency estimates decay on
     */
    static LoadBalancer peakEwma(IntUnaryOperator randomBelow, TimeSource time) {
        return new PowerOfTwoChoices(randomBelow, new PeakEwmaCost(time), true, "peak-ewma");
    }

    /** The balancer of {@code policy}, drawing random picks from {@code random} and time from {@code time}. */
    static LoadBalancer of(LoadBalancingPolicy policy, RandomGenerator random, TimeSource time) {
        return switch (policy) {
            case ROUND_ROBIN -> roundRobin();
            case POWER_OF_TWO_CHOICES -> powerOfTwoChoices(random::nextInt);
            case PEAK_EWMA -> peakEwma(random::nextInt, time);
        };
    }
}
