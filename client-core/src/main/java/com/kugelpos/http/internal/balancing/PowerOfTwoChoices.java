package com.kugelpos.http.internal.balancing;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * "Power of two choices": picks two distinct candidates at random and sends to the one of lower
 * cost (the first pick on a tie): fewer attempts in flight for {@code p2c}, the {@link PeakEwmaCost}
 * for {@code peak-ewma}. It steers load away from a slow instance without the herd effect of always
 * taking the cheapest. Thread-safe if the random source and the cost are.
 */
final class PowerOfTwoChoices implements LoadBalancer {

    private final IntUnaryOperator randomBelow;
    private final ToDoubleFunction<Endpoint> cost;
    private final boolean readsLatency;
    private final String name;

    /**
     * @param readsLatency whether {@code cost} reads the instances' latency estimates
     * @param name the policy's name, for {@link #toString()}
     */
    PowerOfTwoChoices(IntUnaryOperator randomBelow, ToDoubleFunction<Endpoint> cost, boolean readsLatency, String name) {
        this.randomBelow = randomBelow;
        this.cost = cost;
        this.readsLatency = readsLatency;
        this.name = name;
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
        return cost.applyAsDouble(b) < cost.applyAsDouble(a) ? b : a;
    }

    @Override
    public boolean readsLatency() {
        return readsLatency;
    }

    @Override
    public String toString() {
        return name;
    }
}
