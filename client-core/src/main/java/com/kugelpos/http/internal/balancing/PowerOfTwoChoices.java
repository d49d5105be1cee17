package com.kugelpos.http.internal.balancing;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * "Power of two choices": picks two distinct candidates at random and sends to the one with fewer
 * attempts in flight (the first pick on a tie). It steers load away from a slow instance without the
 * herd effect of always taking the least loaded. Thread-safe if the random source is.
 */
final class PowerOfTwoChoices implements LoadBalancer {

    private final IntUnaryOperator randomBelow;

    PowerOfTwoChoices(IntUnaryOperator randomBelow) {
        this.randomBelow = randomBelow;
    }

    @Override
    public Endpoint choose(List<Endpoint> candidates) {
        int size = candidates.size();
        if (size == 1) {
            return candidates.get(0);
        }
        int first = randomBelow.applyAsInt(size);
        int second = randomBelow.applyAsInt(size - 1);
        if (second >= first) {
            second++;
        }
        Endpoint a = candidates.get(first);
        Endpoint b = candidates.get(second);
        return b.inFlight() < a.inFlight() ? b : a;
    }

    @Override
    public String toString() {
        return "p2c";
    }
}
