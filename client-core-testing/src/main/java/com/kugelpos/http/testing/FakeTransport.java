package com.kugelpos.http.testing;

import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.spi.TransportResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A transport that answers from a script instead of a network: per request, a response, a failure,
 * or no answer at all (to test timeouts and cancellation). It records every request it was given
 * and every exchange that was cancelled. Pass it with {@code
 * ServiceClients.builder().transport(fake.factory())}; every service then sends through it.
 * Thread-safe.
 *
 * <pre>{@code
 * FakeTransport transport = FakeTransport.inTurn(Reply.status(503), Reply.json(200, "{\"data\":{}}"));
 * }</pre>
 */
public final class FakeTransport implements Transport {

    private final Function<TransportRequest, Reply> script;
    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger cancelled = new AtomicInteger();

    private FakeTransport(Function<TransportRequest, Reply> script) {
        this.script = script;
    }

    /** A transport that answers each request with what {@code script} gives for it. */
    public static FakeTransport replying(Function<TransportRequest, Reply> script) {
        return new FakeTransport(Objects.requireNonNull(script, "script"));
    }

    /** A transport that answers with {@code replies} in turn, then with the last one for ever. */
    public static FakeTransport inTurn(Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("inTurn needs at least one reply");
        }
        Deque<Reply> left = new ArrayDeque<>(List.of(replies));
        return replying(request -> {
            synchronized (left) {
                return left.size() > 1 ? left.pollFirst() : left.peekFirst();
            }
        });
    }

    /** A factory that gives this transport to every service. */
    public Transport.Factory factory() {
        return (service, settings, executor) -> this;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        CompletableFuture<TransportResponse> exchange = script.apply(request).start();
        exchange.whenComplete((response, failure) -> {
            if (exchange.isCancelled()) {
                cancelled.incrementAndGet();
            }
        });
        return exchange;
    }

    /** Every request sent so far, in order. */
    public List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests were sent so far. */
    public int requestCount() {
        return requests.size();
    }

    /** The last request sent. */
    public TransportRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request was sent");
        }
        return requests.get(requests.size() - 1);
    }

    /** How many exchanges the client cancelled (a bound passed, or the call was cancelled). */
    public int cancelledCount() {
        return cancelled.get();
    }
}
