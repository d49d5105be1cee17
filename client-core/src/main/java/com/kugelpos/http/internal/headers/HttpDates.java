package com.kugelpos.http.internal.headers;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** HTTP dates (RFC 9110 section 5.6.7, the IMF-fixdate form), as {@code Date}, {@code Expires} and {@code Retry-After} carry them. */
public final class HttpDates {

    private HttpDates() {}

    /** The instant of an HTTP date, or empty when the value is absent, blank or not a date. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
