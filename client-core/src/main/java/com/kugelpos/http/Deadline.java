package com.kugelpos.http;

import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.Optional;

/**
 * The end of a time budget, read through a {@link TimeSource}: the deadline of a logical call, and
 * the deadline a caller sent with a request, for a service to honour and pass on. The client sends
 * the time its attempt may still take, in whole milliseconds, in the {@value #HEADER} header; a
 * service reads it when the request arrives and gives the rest of it to its own downstream calls:
 *
 * <pre>{@code
 * Optional<Deadline> deadline = Deadline.fromHeader(request.getHeader(Deadline.HEADER));
 * if (deadline.isPresent() && deadline.get().isExpired()) {
 *     return gatewayTimeout();                   // the caller has given up already
 * }
 * RequestOptions.Builder options = RequestOptions.builder().pathParams(tenantId, itemCode);
 * deadline.ifPresent(d -> d.applyTo(options));   // the downstream call gets what is left
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Deadline {

    /** The header that carries the remaining deadline in whole milliseconds, e.g. {@code 29950}. */
    public static final String HEADER = "X-Request-Deadline-Ms";

    /** The longest deadline accepted from a header: one day; a larger value is taken as one day. */
    static final Duration MAX = Duration.ofDays(1);

    private final TimeSource time;
    private final Duration budget;
    private final long endNanos;

    private Deadline(TimeSource time, Duration budget) {
        this.time = time;
        this.budget = budget;
        this.endNanos = time.nanoTime() + budget.toNanos();
    }

    /** A deadline {@code budget} from now on {@code time}. */
    public static Deadline after(Duration budget, TimeSource time) {
        return new Deadline(time, budget);
    }

    /** {@link #fromHeader(String, TimeSource)} on the system clock. */
    public static Optional<Deadline> fromHeader(String headerValue) {
        return fromHeader(headerValue, TimeSource.system());
    }

    /**
     * The deadline in a {@value #HEADER} value, counted from now.
     *
     * @param headerValue whole milliseconds, 0 or more; null when the header is absent
     * @return empty when the header is absent or not a whole number of milliseconds (ignored, so a
     *     bad header never fails a request); 0 gives an expired deadline
     */
    public static Optional<Deadline> fromHeader(String headerValue, TimeSource time) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String value = headerValue.strip();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        Duration remaining = Duration.ofMillis(Long.parseLong(value));
        return Optional.of(new Deadline(time, remaining.compareTo(MAX) > 0 ? MAX : remaining));
    }

    /** The whole budget this deadline was made with. */
    public Duration budget() {
        return budget;
    }

    /** Time left; zero once passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - time.nanoTime()));
    }

    /** Whether no time is left, so the work is no longer wanted. */
    public boolean isExpired() {
        return endNanos - time.nanoTime() <= 0;
    }

    /**
     * Gives a downstream call what is left: sets the options' timeout to {@link #remaining()}, or to
     * one nanosecond when the deadline has passed, so that the call fails at once with a {@link
     * com.kugelpos.http.error.DeadlineExceededException} and sends nothing.
     *
     * @return {@code options}, for chaining
     */
    public RequestOptions.Builder applyTo(RequestOptions.Builder options) {
        Duration left = remaining();
        return options.timeout(left.isZero() ? Duration.ofNanos(1) : left);
    }

    @Override
    public String toString() {
        return "Deadline{remaining=" + remaining().toMillis() + " ms}";
    }
}
