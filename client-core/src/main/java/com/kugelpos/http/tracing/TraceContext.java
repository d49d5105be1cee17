package com.kugelpos.http.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context ({@code traceparent}): the trace id shared by every span of one request's
 * journey through the services, the id of the current span, and the trace flags.
 *
 * <p>Each attempt of a client call is a span of its own: the client sends {@code traceparent:
 * 00-<trace id>-<attempt span id>-<flags>}. The trace comes from the call's own {@code traceparent}
 * header, else from the context {@linkplain #makeCurrent() made current} on the calling thread (a
 * service does that with the {@code traceparent} it received), else a new trace is generated. The
 * request log lines carry {@value #TRACE_ID_KEY} and {@value #SPAN_ID_KEY} in the SLF4J MDC; print
 * them with e.g. {@code %X{trace_id}} in the log pattern. Immutable and thread-safe.
 */
public final class TraceContext {

    /** The request header. */
    public static final String HEADER = "traceparent";
    /** The MDC key of the trace id. */
    public static final String TRACE_ID_KEY = "trace_id";
    /** The MDC key of the span id. */
    public static final String SPAN_ID_KEY = "span_id";

    private static final Pattern TRACEPARENT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_SPAN_ID = "0".repeat(16);
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

    private final String traceId;
    private final String spanId;
    private final String flags;

    private TraceContext(String traceId, String spanId, String flags) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.flags = flags;
    }

    /**
     * Parses a {@code traceparent} header value. Version {@code 00} must have exactly four fields;
     * a later version may add fields, which are ignored. Upper case, all-zero ids and version
     * {@code ff} are invalid.
     *
     * @return the context, or empty when the value is absent or invalid (then a new trace starts)
     */
    public static Optional<TraceContext> parse(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var match = TRACEPARENT.matcher(traceparent.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        String version = match.group(1);
        boolean extraFields = match.group(5) != null;
        if (version.equals("ff") || (version.equals("00") && extraFields)
                || match.group(2).equals(INVALID_TRACE_ID) || match.group(3).equals(INVALID_SPAN_ID)) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(match.group(2), match.group(3), match.group(4)));
    }

    /** A new trace, sampled, with random ids from the thread's random numbers. */
    public static TraceContext generate() {
        return generate(() -> ThreadLocalRandom.current().nextLong());
    }

    /** A new trace, sampled, with ids from {@code random}. */
    public static TraceContext generate(LongSupplier random) {
        byte[] traceId = new byte[32];
        writeNonZeroHex(random.getAsLong(), traceId, 0);
        writeNonZeroHex(random.getAsLong(), traceId, 16);
        return new TraceContext(new String(traceId, StandardCharsets.ISO_8859_1), nonZeroHex(random), "01");
    }

    /** The context made current on this thread, if any. */
    public static Optional<TraceContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** A new span of the same trace, with the same flags. */
    public TraceContext newSpan() {
        return newSpan(() -> ThreadLocalRandom.current().nextLong());
    }

    /** A new span of the same trace, its id from {@code random}. */
    public TraceContext newSpan(LongSupplier random) {
        return new TraceContext(traceId, nonZeroHex(random), flags);
    }

    /** The trace id, 32 lower-case hex digits. */
    public String traceId() {
        return traceId;
    }

    /** The span id, 16 lower-case hex digits. */
    public String spanId() {
        return spanId;
    }

    /** Whether the caller sampled (records) this trace. */
    public boolean sampled() {
        return (Integer.parseInt(flags, 16) & 1) == 1;
    }

    /** The {@code traceparent} header value: {@code 00-<trace id>-<span id>-<flags>}. */
    public String traceparent() {
        return "00-" + traceId + '-' + spanId + '-' + flags;
    }

    /**
     * Makes this context current on this thread (for the client calls made on it) and puts its ids
     * into the SLF4J MDC, until the scope is closed, which restores what was there before.
     */
    public TraceScope makeCurrent() {
        return new TraceScope(this, CURRENT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceContext that && traceparent().equals(that.traceparent());
    }

    @Override
    public int hashCode() {
        return traceparent().hashCode();
    }

    @Override
    public String toString() {
        return traceparent();
    }

    private static String nonZeroHex(LongSupplier random) {
        byte[] digits = new byte[16];
        writeNonZeroHex(random.getAsLong(), digits, 0);
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value} (1 in place of 0, an invalid id) as 16 hex digits into {@code digits} at {@code from}. */
    private static void writeNonZeroHex(long value, byte[] digits, int from) {
        long left = value == 0 ? 1 : value;
        for (int i = from + 15; i >= from; i--) {
            digits[i] = HEX_DIGITS[(int) (left & 0xF)];
            left >>>= 4;
        }
    }
}
