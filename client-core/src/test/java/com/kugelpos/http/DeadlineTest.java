package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTest {

    private final FakeTimeSource time = new FakeTimeSource();

    @Test
    void shouldCountDownFromWhenTheHeaderWasRead() {
        Deadline deadline = Deadline.fromHeader(" 1500 ", time).orElseThrow();

        time.advance(Duration.ofMillis(400));

        assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(1100));
        assertThat(deadline.isExpired()).isFalse();
        time.advance(Duration.ofMillis(1100));
        assertThat(deadline.isExpired()).isTrue();
        assertThat(deadline.remaining()).isZero();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-5", "1.5", "soon", "99999999999999999999"})
    void shouldIgnoreTheHeaderWhenItIsNotAWholeNumberOfMilliseconds(String value) {
        assertThat(Deadline.fromHeader(value, time)).isEmpty();
    }

    @Test
    void shouldCapTheDeadlineAtOneDayWhenTheHeaderIsHuge() {
        Deadline deadline = Deadline.fromHeader("999999999999", time).orElseThrow();

        assertThat(deadline.remaining()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldGiveTheDownstreamCallWhatIsLeftWhenApplied() {
        Deadline deadline = Deadline.fromHeader("2000", time).orElseThrow();
        time.advance(Duration.ofMillis(250));

        RequestOptions options = deadline.applyTo(RequestOptions.builder()).build();

        assertThat(options.timeout()).contains(Duration.ofMillis(1750));
    }

    @Test
    void shouldGiveTheDownstreamCallOneNanosecondWhenTheDeadlineHasPassed() {
        Deadline deadline = Deadline.fromHeader("0", time).orElseThrow();

        assertThat(deadline.isExpired()).isTrue();
        assertThat(deadline.applyTo(RequestOptions.builder()).build().timeout()).contains(Duration.ofNanos(1));
    }
}
