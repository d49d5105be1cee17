package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpClientSettingsTest {

    @Test
    void shouldCarryTheSpecsDefaults() {
        HttpClientSettings settings = HttpClientSettings.defaults();

        assertThat(settings.timeouts().response()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.pool().maxConnections()).isEqualTo(100);
        assertThat(settings.pool().maxKeepAlive()).isEqualTo(20);
        assertThat(settings.breaker().failureThreshold()).isEqualTo(3);
        assertThat(settings.breaker().openDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retry().attempts()).isEqualTo(3);
    }

    @Test
    void shouldKeepTheKeepAliveDefaultDerivedWhenCopiedAndTheConnectionLimitShrinks() {
        HttpClientSettings small = HttpClientSettings.defaults().toBuilder().pool(p -> p.maxConnections(1)).build();

        assertThat(small.pool().maxKeepAlive()).isEqualTo(1);
    }

    @Test
    void shouldKeepAKeepAliveThatWasSetWhenCopied() {
        HttpClientSettings set = HttpClientSettings.builder().pool(p -> p.maxKeepAlive(5)).build();

        assertThat(set.toBuilder().pool(p -> p.maxConnections(50)).build().pool().maxKeepAlive()).isEqualTo(5);
        assertThatThrownBy(() -> set.toBuilder().pool(p -> p.maxConnections(2)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("maxKeepAlive must be between 0 and 2, but was 5");
    }

    @Test
    void shouldNeverPrintTheTrustStorePassword() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .tls(t -> t.trustStore(java.nio.file.Path.of("/etc/trust.p12")).trustStorePassword("s3cret-pass")).build();

        assertThat(settings.toString()).doesNotContain("s3cret-pass").contains("****");
    }

    @Test
    void shouldChangeOnlyThatValueWhenCopiedWithAChange() {
        HttpClientSettings settings = HttpClientSettings.defaults()
                .with(s -> s.timeouts(t -> t.response(Duration.ofSeconds(1))).retry(r -> r.attempts(1)));

        assertThat(settings.timeouts()).isEqualTo(new TimeoutSettings(Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(60)));
        assertThat(settings.retry().attempts()).isEqualTo(1);
        assertThat(settings.with(s -> s.retry(r -> r.attempts(3)).timeouts(TimeoutSettings.DEFAULTS)))
                .isEqualTo(HttpClientSettings.defaults());
    }

    @Test
    void shouldNameTheSettingAndValueWhenAPartRejectsIt() {
        HttpClientSettings defaults = HttpClientSettings.defaults();

        assertThatThrownBy(() -> defaults.with(s -> s.timeouts(t -> t.call(Duration.ZERO))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("callTimeout must be a positive duration, but was PT0S");
        assertThatThrownBy(() -> defaults.with(s -> s.breaker(b -> b.failureThreshold(0))))
                .hasMessage("circuitBreakerThreshold must be between 1 and 1000, but was 0");
        assertThatThrownBy(() -> defaults.with(s -> s.retry(r -> r.backoffMax(Duration.ofMillis(1)))))
                .hasMessage("retryBackoffMax (PT0.001S) must not be shorter than retryBackoffBase (PT0.2S)");
        assertThatThrownBy(() -> defaults.with(s -> s.request(r -> r.userAgent(" "))))
                .hasMessage("userAgent must not be blank");
    }
}
