package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingPolicy;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.function.IntUnaryOperator;

/** Picks the instance for the next attempt among the candidates. Implementations are thread-safe. */
public interface LoadBalancer {

    /**
     * The instance for the next attempt.
     *
     * @param candidates one or more instances, all usable unless none was
     */
    Endpoint choose(List<Endpoint> candidates);

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
        return new PowerOfTwoChoices(randomBelow);
    }

    /** The balancer of {@code policy}, drawing the random picks of {@code p2c} from {@code random}. */
    static LoadBalancer of(LoadBalancingPolicy policy, RandomGenerator random) {
        return switch (policy) {
            case ROUND_ROBIN -> roundRobin();
            case POWER_OF_TWO_CHOICES -> powerOfTwoChoices(random::nextInt);
        };
    }
}
