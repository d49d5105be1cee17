package com.kugelpos.perf.gatling.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.HttpClientSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallBoundTest {

    @Test
    void shouldAddEveryAttemptTimeoutAndTheLongestBackoffsWhenTheCallTimeoutIsLonger() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .timeouts(t -> t.response(Duration.ofMillis(300)).call(Duration.ofSeconds(60)))
                .retry(r -> r.attempts(3).backoffBase(Duration.ofMillis(100)).backoffMax(Duration.ofMillis(400)))
                .build();

        Duration bound = CallBound.of(settings);

        // 3 × 300 ms, plus backoffs just under 100 ms and 200 ms (half fixed, half jitter)
        assertThat(bound).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
    }

    @Test
    void shouldBeTheCallTimeoutWhenTheAttemptsWouldTakeLonger() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .timeouts(t -> t.response(Duration.ofSeconds(1)).call(Duration.ofMillis(1500)))
                .retry(r -> r.attempts(3))
                .build();

        Duration bound = CallBound.of(settings);

        assertThat(bound).isEqualTo(Duration.ofMillis(1500));
    }
}
