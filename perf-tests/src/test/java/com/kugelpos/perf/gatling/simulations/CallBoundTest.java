package com.kugelpos.perf.gatling.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.HttpClientSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallBoundTest {

    @Test
    void shouldAddEveryAttemptTimeoutAndTheLongestBackoffsWhenTheCallTimeoutIsLonger() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .responseTimeout(Duration.ofMillis(300))
                .retryAttempts(3)
                .retryBackoffBase(Duration.ofMillis(100))
                .retryBackoffMax(Duration.ofMillis(400))
                .callTimeout(Duration.ofSeconds(60))
                .build();

        Duration bound = CallBound.of(settings);

        // 3 × 300 ms, plus backoffs just under 100 ms and 200 ms (half fixed, half jitter)
        assertThat(bound).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
    }

    @Test
    void shouldBeTheCallTimeoutWhenTheAttemptsWouldTakeLonger() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .responseTimeout(Duration.ofSeconds(1))
                .retryAttempts(3)
                .callTimeout(Duration.ofMillis(1500))
                .build();

        Duration bound = CallBound.of(settings);

        assertThat(bound).isEqualTo(Duration.ofMillis(1500));
    }
}
