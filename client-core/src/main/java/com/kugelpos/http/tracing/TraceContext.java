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
    private static final int TRACEPARENT_LENGTH = 55;
    private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

    // The ids as numbers, written out as hex only when first asked for (most calls need only the
    // header), then kept; a race writes the same text twice, which is harmless. The spans of one
    // trace share the text of its id through the context that began or received the trace.
    private final long traceIdHigh;
    private final long traceIdLow;
    private final long spanId;
    private final int flags;
    private final TraceContext origin;
    private String traceIdText;
    private String spanIdText;

    /** @param origin the context whose trace id text this one shares, or null when it is the origin */
    private TraceContext(long traceIdHigh, long traceIdLow, long spanId, int flags, TraceContext origin) {
        this.traceIdHigh = traceIdHigh;
        this.traceIdLow = traceIdLow;
        this.spanId = spanId;
        this.flags = flags;
        this.origin = origin == null ? this : origin;
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
        String traceId = match.group(2);
        String spanId = match.group(3);
        if (version.equals("ff") || (version.equals("00") && extraFields)
                || traceId.equals(INVALID_TRACE_ID) || spanId.equals(INVALID_SPAN_ID)) {
            return Optional.empty();
        }
        TraceContext received = new TraceContext(Long.parseUnsignedLong(traceId, 0, 16, 16),
                Long.parseUnsignedLong(traceId, 16, 32, 16), Long.parseUnsignedLong(spanId, 16),
                Integer.parseInt(match.group(4), 16), null);
        received.traceIdText = traceId;
        received.spanIdText = spanId;
        return Optional.of(received);
    }

    /** A new trace, sampled, with random ids from the thread's random numbers. */
    public static TraceContext generate() {
        return generate(() -> ThreadLocalRandom.current().nextLong());
    }

    /** A new trace, sampled, with ids from {@code random}. */
    public static TraceContext generate(LongSupplier random) {
        return new TraceContext(nonZero(random.getAsLong()), nonZero(random.getAsLong()),
                nonZero(random.getAsLong()), 1, null);
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
        return new TraceContext(traceIdHigh, traceIdLow, nonZero(random.getAsLong()), flags, origin);
    }

    /** The trace id, 32 lower-case hex digits. */
    public String traceId() {
        if (origin != this) {
            return origin.traceId();
        }
        String text = traceIdText;
        if (text == null) {
            byte[] digits = new byte[32];
            writeHex(traceIdHigh, 16, digits, 0);
            writeHex(traceIdLow, 16, digits, 16);
            text = new String(digits, StandardCharsets.ISO_8859_1);
            traceIdText = text;
        }
        return text;
    }

    /** The span id, 16 lower-case hex digits. */
    public String spanId() {
        String text = spanIdText;
        if (text == null) {
            byte[] digits = new byte[16];
            writeHex(spanId, 16, digits, 0);
            text = new String(digits, StandardCharsets.ISO_8859_1);
            spanIdText = text;
        }
        return text;
    }

    /** Whether the caller sampled (records) this trace. */
    public boolean sampled() {
        return (flags & 1) == 1;
    }

    /** The {@code traceparent} header value: {@code 00-<trace id>-<span id>-<flags>}. */
    public String traceparent() {
        byte[] value = new byte[TRACEPARENT_LENGTH];
        value[0] = '0';
        value[1] = '0';
        value[2] = '-';
        writeHex(traceIdHigh, 16, value, 3);
        writeHex(traceIdLow, 16, value, 19);
        value[35] = '-';
        writeHex(spanId, 16, value, 36);
        value[52] = '-';
        writeHex(flags, 2, value, 53);
        return new String(value, StandardCharsets.ISO_8859_1);
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
        return other instanceof TraceContext that && traceIdHigh == that.traceIdHigh && traceIdLow == that.traceIdLow
                && spanId == that.spanId && flags == that.flags;
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(traceIdHigh) * 31 + Long.hashCode(traceIdLow)) * 31 + Long.hashCode(spanId)) * 31
                + flags;
    }

    @Override
    public String toString() {
        return traceparent();
    }

    /** An id half: 1 in place of 0, which is an invalid id. */
    private static long nonZero(long value) {
        return value == 0 ? 1 : value;
    }

    /** Writes the low {@code count} hex digits of {@code value} into {@code digits} at {@code from}. */
    private static void writeHex(long value, int count, byte[] digits, int from) {
        long left = value;
        for (int i = from + count - 1; i >= from; i--) {
            digits[i] = HEX_DIGITS[(int) (left & 0xF)];
            left >>>= 4;
        }
    }
}
