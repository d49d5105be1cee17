package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.internal.headers.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Parses the {@code Retry-After} header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * A date in the past means "now"; a value that is neither is ignored.
 */
public final class RetryAfter {

    private RetryAfter() {}

    /**
     * @param value the header's value, or null
     * @param now the current wall-clock time, from the injected clock
     * @return how long to wait, or empty when the header is absent or malformed
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return trimmed.length() > 9
                    ? Optional.of(Duration.ofSeconds(999_999_999L))
                    : Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        return HttpDates.parse(trimmed).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }
}
