package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResponseCacheSettingsTest {

    @Test
    void shouldServeNothingStaleAndCollapseByDefault() {
        ResponseCacheSettings defaults = ResponseCacheSettings.DEFAULTS;

        assertThat(defaults.defaultMaxAge()).isZero();
        assertThat(defaults.staleWhileRevalidate()).isZero();
        assertThat(defaults.staleIfError()).isZero();
        assertThat(defaults.collapse()).isTrue();
    }

    @Test
    void shouldNameTheSettingValueAndRangeOfABadWindow() {
        assertThatThrownBy(() -> ResponseCacheSettings.DEFAULTS.toBuilder().staleIfError(Duration.ofSeconds(-1)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("cacheStaleIfError must be a duration from zero (off) up to PT168H, but was PT-1S");
        assertThatThrownBy(() -> ResponseCacheSettings.DEFAULTS.toBuilder().staleWhileRevalidate(Duration.ofDays(8)).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("cacheStaleWhileRevalidate", "PT192H");
        assertThatThrownBy(() -> ResponseCacheSettings.DEFAULTS.toBuilder().defaultMaxAge(null).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("cacheDefaultMaxAge", "null");
    }

    @Test
    void shouldKeepWhatTheBuilderWasGiven() {
        ResponseCacheSettings settings = ResponseCacheSettings.DEFAULTS.toBuilder().defaultMaxAge(Duration.ofSeconds(1))
                .staleWhileRevalidate(Duration.ofSeconds(2)).staleIfError(Duration.ofDays(7)).collapse(false).build();

        assertThat(settings).isEqualTo(new ResponseCacheSettings(1000, 16L * 1024 * 1024, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofDays(7), false));
    }
}
