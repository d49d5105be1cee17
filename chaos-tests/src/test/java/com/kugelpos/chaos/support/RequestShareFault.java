package com.kugelpos.chaos.support;

import com.kugelpos.reference.Service;
import com.kugelpos.reference.http.BehaviourRule;
import com.kugelpos.reference.http.Behaviours;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A fault on a share of one copy's requests, whatever the load: it arms a behaviour (e.g. a 503, or
 * a delay) for {@code inARow} requests, and once the copy has counted {@code inARow / share}
 * requests since, arms it anew (dropping what was not consumed); it checks every {@value
 * #TICK_MILLIS} ms. So the share holds at 100 requests per second as at 5,000, and never more than
 * {@code inARow} requests in a row get it. Stops when closed. Thread-safe.
 */
public final class RequestShareFault implements AutoCloseable {

    private static final long TICK_MILLIS = 5;

    private final Behaviours behaviours;
    private final InstancesRig rig;
    private final Service service;
    private final int index;
    private final int inARow;
    private final long period;
    private final IntFunction<BehaviourRule> rule;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "request-share-fault");
        thread.setDaemon(true);
        return thread;
    });
    /** The copy's request count when the behaviour was last armed; one period back to arm at once. */
    private long armedAt;

    private RequestShareFault(InstancesRig rig, Service service, int index, double share, int inARow,
            IntFunction<BehaviourRule> rule) {
        this.rig = rig;
        this.service = service;
        this.index = index;
        this.inARow = inARow;
        this.period = Math.max(inARow, Math.round(inARow / share));
        this.armedAt = -period;
        this.rule = rule;
        this.behaviours = rig.copy(index).behaviours(service);
    }

    /**
     * Starts arming {@code rule} for {@code share} (0 to 1) of the requests of {@code service} on the
     * copy behind proxy {@code index}.
     *
     * @param rule given how many requests in a row it is for, the behaviour
     */
    public static RequestShareFault start(InstancesRig rig, Service service, int index, double share, int inARow,
            IntFunction<BehaviourRule> rule) {
        if (!(share > 0 && share <= 1) || inARow < 1) {
            throw new IllegalArgumentException("share must be in (0, 1] and inARow at least 1, but were " + share
                    + " and " + inARow);
        }
        RequestShareFault fault = new RequestShareFault(rig, service, index, share, inARow, rule);
        fault.ticks.scheduleAtFixedRate(fault::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return fault;
    }

    /** A 503 answer for {@code times} requests of any item route. */
    public static IntFunction<BehaviourRule> unavailable() {
        return times -> new BehaviourRule("GET", "/api/v1/", Duration.ZERO, 503, times);
    }

    /** {@code delay} before the answer of {@code times} requests of any item route. */
    public static IntFunction<BehaviourRule> delayed(Duration delay) {
        return times -> new BehaviourRule("GET", "/api/v1/", delay, 0, times);
    }

    private void tick() {
        long count = rig.provider(service, index).totalRequests();
        if (count - armedAt < period) {
            return;
        }
        armedAt = count;
        behaviours.clear();
        behaviours.add(rule.apply(inARow));
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        behaviours.clear();
    }
}
