package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import com.kugelpos.http.internal.resilience.PriorityAdmission;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.tracing.TraceContext;
import java.net.URI;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * One attempt of a logical call on its way down the stages: each stage fills in its part (the
 * instance, the bound, the headers, the body on the wire), the transport stage sends it and records
 * when. It also holds what a stage keeps until the result is back (a permit, a slot), and which
 * stages the result goes back through. Confined to the attempt: a stage writes its fields before it
 * passes the attempt on, and reads those below it only after the result came back. Aborted (its call
 * cancelled, or a hedge that lost), it comes back {@link AttemptResult.Cancelled}. It is also the
 * callback that takes the chain's result back through the stages and on to the call.
 */
final class Attempt extends Abortable implements BiConsumer<AttemptResult, Throwable> {

    private final LogicalCall call;
    private final int number;
    private final AttemptChain chain;
    private final AttemptHeaders headers = new AttemptHeaders();
    private Endpoint endpoint;
    private URI uri;
    private Duration bound;
    private TraceContext span;
    private byte[] wireBody;
    private long sentAtNanos;
    private long durationNanos;
    /** Bit {@code i} set: the result goes back through stage {@code i} of the chain. */
    private int returning;
    private CircuitBreaker.Permit permit;
    private ConnectionLimiter.Slot slot;
    private int inFlightAtStart;
    private PriorityAdmission.Place place;
    private long admittedAtNanos;

    /** @param chain the chain the attempt goes through, from its top */
    Attempt(LogicalCall call, int number, AttemptChain chain) {
        this.call = call;
        this.number = number;
        this.chain = chain;
        this.wireBody = call.request().body();
    }

    /**
     * The result is back from the chain: it goes back through the stages that asked for it, then to
     * the call. What a stage throws on the way back ends the call, as what they threw on the way down.
     */
    @Override
    public void accept(AttemptResult outcome, Throwable unexpected) {
        AttemptResult passed;
        try {
            passed = chain.returned(this, unexpected == null ? outcome : null);
        } catch (RuntimeException e) {
            if (unexpected != null) {
                unexpected.addSuppressed(e);
            }
            call.ended(this, null, unexpected == null ? e : unexpected);
            return;
        }
        call.ended(this, passed, unexpected);
    }

    LogicalCall call() {
        return call;
    }

    PreparedRequest request() {
        return call.request();
    }

    /** 1 for the first attempt. */
    int number() {
        return number;
    }

    /** The headers sent with this attempt, by case-insensitive name; stages set them. */
    AttemptHeaders headers() {
        return headers;
    }

    /** Sets one header, replacing any value it had. */
    void header(String name, String value) {
        headers.set(name, value);
    }

    Endpoint endpoint() {
        return endpoint;
    }

    URI uri() {
        return uri;
    }

    /** Sends this attempt to {@code endpoint}. */
    void target(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.uri = call.request().uri(endpoint.uri());
    }

    /** How long this attempt may take, cut to the call's remaining deadline. */
    Duration bound() {
        return bound;
    }

    void bound(Duration value) {
        bound = value;
    }

    /** The attempt's span of the call's trace. */
    TraceContext span() {
        return span;
    }

    void span(TraceContext value) {
        span = value;
    }

    /** The body as it goes on the wire (compressed when the call asked for it), or null. */
    byte[] wireBody() {
        return wireBody;
    }

    void wireBody(byte[] value) {
        wireBody = value;
    }

    /** Has the result go back through stage {@code stage} of the chain (its index, from 0 at the top). */
    void returnThrough(int stage) {
        returning |= 1 << stage;
    }

    /** Whether the result goes back through stage {@code stage} of the chain. */
    boolean returnsThrough(int stage) {
        return (returning & (1 << stage)) != 0;
    }

    /** The breaker permit that this attempt's own verdict goes to (a probe, or counting attempts), or null. */
    CircuitBreaker.Permit permit() {
        return permit;
    }

    void permit(CircuitBreaker.Permit value) {
        permit = value;
    }

    /** The connection slot the attempt holds until its result is back, or null. */
    ConnectionLimiter.Slot slot() {
        return slot;
    }

    void slot(ConnectionLimiter.Slot value) {
        slot = value;
    }

    /** How many attempts were in flight at the attempt's instance when it started there, itself included. */
    int inFlightAtStart() {
        return inFlightAtStart;
    }

    void inFlightAtStart(int value) {
        inFlightAtStart = value;
    }

    /** The place under the concurrency limit that the attempt holds until its result is back, or null. */
    PriorityAdmission.Place place() {
        return place;
    }

    /** When overload protection let the attempt through ({@link com.kugelpos.http.spi.TimeSource#nanoTime()}). */
    long admittedAtNanos() {
        return admittedAtNanos;
    }

    /** Records that overload protection let the attempt through at {@code nowNanos}, holding {@code held} (or null). */
    void admitted(PriorityAdmission.Place held, long nowNanos) {
        place = held;
        admittedAtNanos = nowNanos;
    }

    /** Records that {@code request} is handed to the transport now. */
    void sending(TransportRequest request, long nowNanos) {
        sentAtNanos = nowNanos;
        call.sending(request);
    }

    /** Records that the transport's answer or failure came at {@code nowNanos}. */
    void ended(long nowNanos) {
        durationNanos = nowNanos - sentAtNanos;
    }

    /** From handing the request to the transport to its answer or failure. */
    Duration duration() {
        return Duration.ofNanos(durationNanos);
    }
}
