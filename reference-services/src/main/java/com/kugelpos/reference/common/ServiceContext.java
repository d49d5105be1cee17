package com.kugelpos.reference.common;

import com.kugelpos.reference.Service;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.Behaviours;
import com.kugelpos.reference.http.ServiceCapacity;
import com.kugelpos.reference.stats.ServerStats;
import java.time.Clock;
import java.util.Objects;

/**
 * What a service's routes share: which service it is, its clock, its data, the token issuer,
 * its statistics, its artificial behaviours and its capacity limit. Immutable; the parts are thread-safe.
 */
public final class ServiceContext {

    private final Service service;
    private final Clock clock;
    private final DataStore data;
    private final Tokens tokens;
    private final ServerStats stats;
    private final Behaviours behaviours;
    private final ServiceCapacity capacity;

    /**
     * @param service which service this is
     * @param clock the time source (cache TTLs, token times, active promotions)
     * @param data the service's own in-memory data
     * @param tokens issues service and terminal tokens
     * @param stats the server's counters
     * @param behaviours the server's artificial behaviours
     * @param capacity the server's capacity limit (a load-test knob)
     */
    public ServiceContext(Service service, Clock clock, DataStore data, Tokens tokens, ServerStats stats,
            Behaviours behaviours, ServiceCapacity capacity) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.data = Objects.requireNonNull(data, "data");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.behaviours = Objects.requireNonNull(behaviours, "behaviours");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    /** Which service this is. */
    public Service service() {
        return service;
    }

    /** The time source. */
    public Clock clock() {
        return clock;
    }

    /** The service's data. */
    public DataStore data() {
        return data;
    }

    /** The token issuer. */
    public Tokens tokens() {
        return tokens;
    }

    /** The server's counters. */
    public ServerStats stats() {
        return stats;
    }

    /** The server's artificial behaviours. */
    public Behaviours behaviours() {
        return behaviours;
    }

    /** The server's capacity limit. */
    public ServiceCapacity capacity() {
        return capacity;
    }
}
