package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpClientSettingsTest {

    @Test
    void shouldCarryTheSpecsDefaults() {
        HttpClientSettings settings = HttpClientSettings.defaults();

        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxConnections()).isEqualTo(100);
        assertThat(settings.maxKeepAlive()).isEqualTo(20);
        assertThat(settings.circuitBreakerThreshold()).isEqualTo(3);
        assertThat(settings.circuitBreakerTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAttempts()).isEqualTo(3);
    }

    @Test
    void shouldKeepTheKeepAliveDefaultDerivedWhenCopiedAndTheConnectionLimitShrinks() {
        HttpClientSettings small = HttpClientSettings.defaults().toBuilder().maxConnections(1).build();

        assertThat(small.maxKeepAlive()).isEqualTo(1);
    }

    @Test
    void shouldKeepAKeepAliveThatWasSetWhenCopied() {
        HttpClientSettings set = HttpClientSettings.builder().maxKeepAlive(5).build();

        assertThat(set.toBuilder().maxConnections(50).build().maxKeepAlive()).isEqualTo(5);
        assertThatThrownBy(() -> set.toBuilder().maxConnections(2).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("maxKeepAlive must be between 0 and 2, but was 5");
    }

    @Test
    void shouldNeverPrintTheTrustStorePassword() {
        HttpClientSettings settings = HttpClientSettings.builder()
                .trustStore(java.nio.file.Path.of("/etc/trust.p12"), "s3cret-pass", "PKCS12").build();

        assertThat(settings.toString()).doesNotContain("s3cret-pass").contains("****");
    }
}
