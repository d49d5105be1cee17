package com.kugelpos.http.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheControlTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void shouldReadTheDirectivesInAnyCaseAndOrder() {
        CacheControl control = CacheControl.parse("Private, MAX-AGE=\"60\", no-cache, No-Store");

        assertThat(control).isEqualTo(new CacheControl(true, true, Optional.of(Duration.ofSeconds(60))));
    }

    @Test
    void shouldIgnoreAMalformedMaxAge() {
        assertThat(CacheControl.parse("max-age=soon").maxAge()).isEmpty();
        assertThat(CacheControl.parse("max-age=-1").maxAge()).isEmpty();
        assertThat(CacheControl.parse(null)).isEqualTo(CacheControl.none());
    }

    @Test
    void shouldTakeMaxAgeLessAgeAsTheLifetime() {
        Duration lifetime = Freshness.lifetime(CacheControl.parse("max-age=60"), "15", null, null, NOW);

        assertThat(lifetime).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void shouldPreferMaxAgeOverExpires() {
        Duration lifetime = Freshness.lifetime(CacheControl.parse("max-age=5"), null,
                "Thu, 01 Jan 2026 01:00:00 GMT", "Thu, 01 Jan 2026 00:00:00 GMT", NOW);

        assertThat(lifetime).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldTakeExpiresLessDateWhenThereIsNoMaxAge() {
        Duration lifetime = Freshness.lifetime(CacheControl.none(), null,
                "Thu, 01 Jan 2026 00:10:00 GMT", "Thu, 01 Jan 2026 00:00:00 GMT", NOW);

        assertThat(lifetime).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldHaveNoLifetimeWhenNoCacheOrNoFreshnessOrAPastExpiry() {
        assertThat(Freshness.lifetime(CacheControl.parse("no-cache, max-age=60"), null, null, null, NOW)).isZero();
        assertThat(Freshness.lifetime(CacheControl.none(), null, null, null, NOW)).isZero();
        assertThat(Freshness.lifetime(CacheControl.none(), null, "Wed, 31 Dec 2025 23:00:00 GMT", null, NOW)).isZero();
        assertThat(Freshness.lifetime(CacheControl.none(), null, "not a date", null, NOW)).isZero();
    }
}
