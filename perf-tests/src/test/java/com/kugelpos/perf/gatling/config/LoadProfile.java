package com.kugelpos.perf.gatling.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The load profile both simulations run with, picked by the system property {@value #PROPERTY}:
 * {@code smoke} (CI: under 60 s of load for both simulations together, thresholds for a shared
 * 2-core machine) or {@code nightly} (minutes, heavier, tighter thresholds).
 *
 * @param name the profile's name
 * @param pooling the load of PoolingSimulation
 * @param fault the load of TimeoutSimulation
 * @param overload the load of OverloadSimulation
 */
public record LoadProfile(String name, PoolingLoad pooling, FaultLoad fault, OverloadLoad overload) {

    /** The system property that picks the profile; {@code smoke} when unset. */
    public static final String PROPERTY = "perf.profile";

    /**
     * The CI profile: PoolingSimulation 25 s and TimeoutSimulation 26 s of load. Its latency and
     * throughput thresholds hold on a 2-core machine that other builds load heavily; they catch a
     * collapse (pool exhaustion, serialised calls), not a small regression.
     */
    public static LoadProfile smoke() {
        return new LoadProfile("smoke",
                new PoolingLoad(300, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(10), 50),
                new FaultLoad(30, Duration.ofSeconds(4), Duration.ofSeconds(10), Duration.ofSeconds(5),
                        Duration.ofSeconds(5), 75, Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new OverloadLoad(Duration.ofSeconds(8), Duration.ofSeconds(4), Duration.ofSeconds(12)));
    }

    /** The nightly profile: PoolingSimulation 6 min and TimeoutSimulation about 5 min of heavier load. */
    public static LoadProfile nightly() {
        return new LoadProfile("nightly",
                new PoolingLoad(500, Duration.ofSeconds(60), Duration.ofSeconds(300), Duration.ofSeconds(5), 200),
                new FaultLoad(50, Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(90),
                        Duration.ofSeconds(20), 99, Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(500)),
                new OverloadLoad(Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(180)));
    }

    /** The profile named by {@value #PROPERTY}. */
    public static LoadProfile fromSystemProperties() {
        return named(System.getProperty(PROPERTY, "smoke"));
    }

    /**
     * The profile called {@code name} (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the profiles there are, if there is none of that name
     */
    public static LoadProfile named(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "smoke":
                return smoke();
            case "nightly":
                return nightly();
            default:
                throw new IllegalArgumentException("'" + name + "' is not a load profile (-D" + PROPERTY
                        + "); use smoke or nightly");
        }
    }

    /**
     * PoolingSimulation's load and thresholds.
     *
     * @param users the concurrent gateway users it ramps to
     * @param ramp how long it ramps
     * @param hold how long it holds the users
     * @param p99 the largest p99 of the gateway's item calls it accepts
     * @param minThroughput the fewest gateway requests per second it accepts
     */
    public record PoolingLoad(int users, Duration ramp, Duration hold, Duration p99, double minThroughput) {}

    /**
     * TimeoutSimulation's load, fault timeline and thresholds.
     *
     * @param usersPerSecond new users per second (each creates a cart, adds an item, reads the cart)
     * @param healthy how long master-data is healthy before it is slowed
     * @param slow how long master-data is slow
     * @param recovered how long the run goes on once the gateway should have recovered
     * @param breakerOpen how long the gateway's breaker stays open before it lets a probe through
     * @param fastFailPercentile the percentile of calls made while the breaker is open that is held to
     *     {@code fastFailLimit}: p75 in smoke (its 7 s open phase has few calls, and one half-open probe
     *     or a busy CI core moves its p99), p99 nightly
     * @param fastFailLimit the largest response time accepted at that percentile, a quarter of the
     *     response timeout
     * @param gatewayP99 the largest p99 accepted, at any time, for gateway calls that need no upstream
     * @param timingSlack how much a bound derived from the client's settings may be exceeded by
     *     (the gateway's own work and scheduling on a loaded machine)
     */
    public record FaultLoad(double usersPerSecond, Duration healthy, Duration slow, Duration recovered,
            Duration breakerOpen, double fastFailPercentile, Duration fastFailLimit, Duration gatewayP99,
            Duration timingSlack) {

        /** The gateway client's response timeout; master-data is made slower than this. */
        public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);

        /**
         * How long calls may already fail before master-data is slowed, so that the calls of the
         * healthy phase still in flight end before the latency starts.
         */
        public static final Duration HEALTHY_DRAIN = Duration.ofSeconds(1);

        /**
         * How long after the latency is removed the breaker may still be open or probing: the rest
         * of an open period, a probe's response timeout, and a second for scheduling.
         */
        public Duration settle() {
            return breakerOpen.plus(RESPONSE_TIMEOUT).plusSeconds(1);
        }

        /** The length of the whole timeline. */
        public Duration total() {
            return healthy.plus(HEALTHY_DRAIN).plus(slow).plus(settle()).plus(recovered);
        }
    }

    /**
     * OverloadSimulation's timeline (its rates and master-data's capacity are fixed in the simulation).
     *
     * @param healthy how long master-data runs at full capacity, the latency baseline
     * @param settle how long after master-data is cut to a third of its capacity the limit may take to
     *     adapt (calls in it are reported, not held to the targets)
     * @param slowed how long the cut capacity is held to the targets after the settling
     */
    public record OverloadLoad(Duration healthy, Duration settle, Duration slowed) {

        /** The length of the whole timeline. */
        public Duration total() {
            return healthy.plus(settle).plus(slowed);
        }
    }
}
