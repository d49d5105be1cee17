package com.kugelpos.reference.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/**
 * A load-test knob of the reference services: makes a server behave like one with a fixed number
 * of workers, each busy for a fixed service time per request. A request takes a free worker (a
 * slot) or waits for one, first come first served, with no bound on the line, as a server whose
 * clients keep sending does; a request whose caller no longer wants it when its turn comes (its
 * propagated deadline has passed) gives the slot back at once. Work done for callers that gave up
 * while their request was being served is wasted, as on a real overloaded server. Unlimited until
 * {@link #limit} is called. Thread-safe.
 */
public final class ServiceCapacity {

    private static final CompletionStage<Void> NOW = CompletableFuture.completedFuture(null);

    private final Delayer delayer;
    private final Object lock = new Object();
    private final ArrayDeque<Waiter> line = new ArrayDeque<>();
    private Limit limit;
    private int busy;

    /** @param delayer holds a slot for the service time without blocking a thread */
    public ServiceCapacity(Delayer delayer) {
        this.delayer = Objects.requireNonNull(delayer, "delayer");
    }

    /**
     * From now on, serves at most {@code slots} requests at once, each for {@code serviceTime}.
     * Requests already waiting keep their place in the line.
     */
    public void limit(Limit newLimit) {
        Objects.requireNonNull(newLimit, "newLimit");
        applyChange(() -> limit = newLimit);
    }

    /** Serves every request at once again; the requests waiting in the line go ahead without delay. */
    public void unlimit() {
        applyChange(() -> limit = null);
    }

    /** The limit in force, or empty while unlimited. */
    public Optional<Limit> current() {
        synchronized (lock) {
            return Optional.ofNullable(limit);
        }
    }

    /** How many requests hold a slot and how many wait for one, now. */
    public Load load() {
        synchronized (lock) {
            return new Load(busy, line.size());
        }
    }

    /**
     * Waits for a slot and holds it for the service time; completes at once while unlimited.
     *
     * @param stillWanted asked when the slot is granted; {@code false} gives it back without the work
     * @return a stage that completes, never exceptionally, when the request may be handled
     */
    public CompletionStage<Void> serve(BooleanSupplier stillWanted) {
        Waiter waiter = new Waiter(new CompletableFuture<>(), stillWanted);
        Duration serviceTime;
        synchronized (lock) {
            if (limit == null) {
                return NOW;
            }
            if (busy >= limit.slots()) {
                line.add(waiter);
                return waiter.done();
            }
            busy++;
            serviceTime = limit.serviceTime();
        }
        work(waiter, serviceTime);
        return waiter.done();
    }

    private void work(Waiter first, Duration firstServiceTime) {
        Waiter waiter = first;
        Duration serviceTime = firstServiceTime;
        while (waiter != null && !waiter.stillWanted().getAsBoolean()) {
            waiter.done().complete(null);
            Granted next = releaseAndGrantNext();
            waiter = next == null ? null : next.waiter();
            serviceTime = next == null ? null : next.serviceTime();
        }
        if (waiter != null) {
            Waiter served = waiter;
            delayer.after(serviceTime).whenComplete((ignored, failure) -> {
                Granted next = releaseAndGrantNext();
                served.done().complete(null);
                if (next != null) {
                    work(next.waiter(), next.serviceTime());
                }
            });
        }
    }

    /** Frees one slot; if a request waits and the limit allows, gives the slot to it. */
    private Granted releaseAndGrantNext() {
        synchronized (lock) {
            busy--;
            if (limit == null || busy >= limit.slots() || line.isEmpty()) {
                return null;
            }
            busy++;
            return new Granted(line.poll(), limit.serviceTime());
        }
    }

    private void applyChange(Runnable change) {
        ArrayDeque<Waiter> released = new ArrayDeque<>();
        ArrayDeque<Granted> granted = new ArrayDeque<>();
        synchronized (lock) {
            change.run();
            if (limit == null) {
                released.addAll(line);
                line.clear();
            } else {
                while (busy < limit.slots() && !line.isEmpty()) {
                    busy++;
                    granted.add(new Granted(line.poll(), limit.serviceTime()));
                }
            }
        }
        released.forEach(waiter -> waiter.done().complete(null));
        granted.forEach(next -> work(next.waiter(), next.serviceTime()));
    }

    /**
     * How much a limited server can do.
     *
     * @param slots how many requests it serves at once, 1 to 10,000
     * @param serviceTime how long each request holds its slot, above 0 and at most 60 s
     */
    public record Limit(int slots, Duration serviceTime) {

        /** @throws ApiException 400 naming the value out of range */
        public Limit {
            Objects.requireNonNull(serviceTime, "serviceTime");
            if (slots < 1 || slots > 10_000) {
                throw ApiException.invalid("slots must be 1 to 10000, was " + slots);
            }
            if (serviceTime.isNegative() || serviceTime.isZero() || serviceTime.compareTo(Duration.ofSeconds(60)) > 0) {
                throw ApiException.invalid("serviceTimeMs must be above 0 and at most 60000, was "
                        + serviceTime.toMillis());
            }
        }

        /** Reads {@code {"slots", "serviceTimeMs"}}, both required. */
        public static Limit fromJson(JsonBody body) {
            return new Limit(body.integer("slots"), Duration.ofMillis(body.integer("serviceTimeMs")));
        }
    }

    /**
     * A snapshot of the work in progress.
     *
     * @param busy requests holding a slot
     * @param waiting requests waiting for one
     */
    public record Load(int busy, int waiting) {}

    private record Waiter(CompletableFuture<Void> done, BooleanSupplier stillWanted) {}

    private record Granted(Waiter waiter, Duration serviceTime) {}
}
