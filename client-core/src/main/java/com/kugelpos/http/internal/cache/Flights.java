package com.kugelpos.http.internal.cache;

import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.internal.pipeline.CompletionCauses;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The requests on their way to the service, by what makes requests identical, so that identical
 * ones share one (request collapsing). A flight has waiters, each with its own future: one that
 * completes or is cancelled on its own leaves the flight, and the shared request is cancelled when
 * the last waiter leaves, unless the flight was started detached (a background revalidation, which
 * runs to its end). A flight is removed from the map when its request ends, however it ends, and a
 * flight every waiter left takes no new ones. Thread-safe.
 *
 * @param <K> what identifies identical requests
 */
final class Flights<K> {

    /** A waiter's future, and whether it joined a flight already on its way (rather than starting it). */
    record Seat(CompletableFuture<ServiceResponse> answer, boolean joined) {}

    private final ConcurrentHashMap<K, Flight> inFlight = new ConcurrentHashMap<>();

    /**
     * Joins the flight of {@code key}, or starts one with {@code start} and is its first waiter.
     *
     * @param start sends the request; called at most once per flight, outside any lock
     */
    Seat join(K key, Supplier<CompletableFuture<ServiceResponse>> start) {
        Flight mine = new Flight(false);
        while (true) {
            Flight existing = inFlight.putIfAbsent(key, mine);
            if (existing == null) {
                launch(key, mine, start);
                return new Seat(mine.waiter(), false);
            }
            if (existing.tryJoin()) {
                return new Seat(existing.waiter(), true);
            }
            inFlight.remove(key, existing);
        }
    }

    /**
     * Starts a detached flight of {@code key} with {@code start}, unless a flight of it is on its
     * way already.
     *
     * @return whether it started one
     */
    boolean startDetached(K key, Supplier<CompletableFuture<ServiceResponse>> start) {
        Flight flight = new Flight(true);
        if (inFlight.putIfAbsent(key, flight) != null) {
            return false;
        }
        launch(key, flight, start);
        return true;
    }

    /** Flights on their way. */
    int size() {
        return inFlight.size();
    }

    private void launch(K key, Flight flight, Supplier<CompletableFuture<ServiceResponse>> start) {
        CompletableFuture<ServiceResponse> request;
        try {
            request = start.get();
        } catch (RuntimeException e) {
            request = CompletableFuture.failedFuture(e);
        }
        request.whenComplete((response, failure) -> {
            inFlight.remove(key, flight);
            flight.end(response, failure);
        });
        flight.started(request);
    }

    /** One shared request and its waiters. */
    private static final class Flight {
        private final boolean detached;
        private final CompletableFuture<ServiceResponse> shared = new CompletableFuture<>();
        private int waiters;
        private boolean abandoned;
        private CompletableFuture<ServiceResponse> request;

        Flight(boolean detached) {
            this.detached = detached;
            this.waiters = detached ? 0 : 1;
        }

        synchronized boolean tryJoin() {
            if (abandoned) {
                return false;
            }
            waiters++;
            return true;
        }

        void started(CompletableFuture<ServiceResponse> request) {
            boolean cancel;
            synchronized (this) {
                this.request = request;
                cancel = abandoned;
            }
            if (cancel) {
                request.cancel(true);
            }
        }

        void end(ServiceResponse response, Throwable failure) {
            if (failure == null) {
                shared.complete(response);
            } else {
                shared.completeExceptionally(CompletionCauses.unwrap(failure));
            }
        }

        /** A new waiter's future: the shared outcome, unless it completes or is cancelled first. */
        CompletableFuture<ServiceResponse> waiter() {
            CompletableFuture<ServiceResponse> answer = new CompletableFuture<>();
            shared.whenComplete((response, failure) -> {
                if (failure == null) {
                    answer.complete(response);
                } else {
                    answer.completeExceptionally(failure);
                }
            });
            answer.whenComplete((response, failure) -> {
                if (!shared.isDone()) {
                    leave();
                }
            });
            return answer;
        }

        private void leave() {
            CompletableFuture<ServiceResponse> cancel = null;
            synchronized (this) {
                waiters--;
                if (waiters == 0 && !detached) {
                    abandoned = true;
                    cancel = request;
                }
            }
            if (cancel != null) {
                cancel.cancel(true);
            }
        }
    }
}
