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

    @Test
    void shouldReadTheStaleDirectivesInAnyCaseAndQuoted() {
        CacheControl control = CacheControl.parse("max-age=10, Stale-While-Revalidate=\"30\", STALE-IF-ERROR=600");

        assertThat(control.staleWhileRevalidate()).contains(Duration.ofSeconds(30));
        assertThat(control.staleIfError()).contains(Duration.ofSeconds(600));
        assertThat(control.allowsStale()).isTrue();
    }

    @Test
    void shouldIgnoreMalformedStaleDirectives() {
        CacheControl control = CacheControl.parse("stale-while-revalidate=soon, stale-if-error=-5, stale-if-error");

        assertThat(control.staleWhileRevalidate()).isEmpty();
        assertThat(control.staleIfError()).isEmpty();
    }

    @Test
    void shouldForbidStaleAnswersWhenTheResponseMustBeRevalidated() {
        assertThat(CacheControl.parse("must-revalidate, stale-if-error=60").allowsStale()).isFalse();
        assertThat(CacheControl.parse("Proxy-Revalidate").allowsStale()).isFalse();
        assertThat(CacheControl.parse("no-cache").allowsStale()).isFalse();
        assertThat(CacheControl.none().allowsStale()).isTrue();
    }

    @Test
    void shouldTakeTheDefaultLifetimeOnlyWithoutMaxAgeOrExpires() {
        Duration byDefault = Duration.ofSeconds(30);

        assertThat(Freshness.lifetime(CacheControl.none(), "10", null, null, NOW, byDefault))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(Freshness.lifetime(CacheControl.parse("max-age=5"), null, null, null, NOW, byDefault))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(Freshness.lifetime(CacheControl.none(), null, "Thu, 01 Jan 2026 00:00:07 GMT", null, NOW, byDefault))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(Freshness.lifetime(CacheControl.parse("no-cache"), null, null, null, NOW, byDefault)).isZero();
    }
}
