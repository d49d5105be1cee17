package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void shouldReadDelaySeconds() {
        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
    }

    @Test
    void shouldReadAnHttpDateRelativeToTheInjectedClock() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
    }

    @Test
    void shouldTreatADateInThePastAsNow() {
        assertThat(RetryAfter.parse("Wed, 25 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
    }

    @Test
    void shouldIgnoreMalformedValues() {
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
