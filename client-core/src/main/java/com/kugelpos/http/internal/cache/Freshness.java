package com.kugelpos.http.internal.cache;

import com.kugelpos.http.internal.headers.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a response stays fresh, from its headers: {@code Cache-Control: max-age} less {@code
 * Age}; else {@code Expires} less {@code Date} (or less now without {@code Date}; a malformed {@code
 * Expires} counts as expired); else the operator's default lifetime less {@code Age}, zero unless
 * set, so it is revalidated before each use. {@code no-cache} makes it zero as well. Stateless.
 */
public final class Freshness {

    private Freshness() {}

    /**
     * The freshness lifetime, zero or more.
     *
     * @param age the {@code Age} header, or null
     * @param expires the {@code Expires} header, or null
     * @param date the {@code Date} header, or null
     * @param now the current wall-clock time
     */
    public static Duration lifetime(CacheControl control, String age, String expires, String date, Instant now) {
        return lifetime(control, age, expires, date, now, Duration.ZERO);
    }

    /**
     * The freshness lifetime, zero or more, with {@code byDefault} for a response that has neither
     * {@code max-age} nor {@code Expires}.
     */
    public static Duration lifetime(CacheControl control, String age, String expires, String date, Instant now,
            Duration byDefault) {
        if (control.noCache()) {
            return Duration.ZERO;
        }
        if (control.maxAge().isPresent() || (expires == null && !byDefault.isZero())) {
            Duration left = control.maxAge().orElse(byDefault).minus(CacheControl.parse("max-age=" + strip(age))
                    .maxAge().orElse(Duration.ZERO));
            return left.isNegative() ? Duration.ZERO : left;
        }
        Optional<Instant> expiresAt = HttpDates.parse(expires);
        if (expiresAt.isEmpty()) {
            return Duration.ZERO;
        }
        Instant from = HttpDates.parse(date).orElse(now);
        Duration left = Duration.between(from, expiresAt.get());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
