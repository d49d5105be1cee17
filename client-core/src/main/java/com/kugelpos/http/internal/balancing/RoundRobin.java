package com.kugelpos.http.internal.balancing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Takes the candidates in turn; when the candidates change, the turn goes on from the same count. Thread-safe. */
final class RoundRobin implements LoadBalancer {

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Endpoint choose(List<Endpoint> candidates) {
        return candidates.get(Math.floorMod(next.getAndIncrement(), candidates.size()));
    }

    @Override
    public String toString() {
        return "round-robin";
    }
}
