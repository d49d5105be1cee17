package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldUseLargestUnitsWhenFormatting() {
        // Act & Assert
        assertThat(Durations.format(0)).isEqualTo("0s");
        assertThat(Durations.format(59)).isEqualTo("59s");
        assertThat(Durations.format(65)).isEqualTo("1m 05s");
        assertThat(Durations.format(3729)).isEqualTo("1h 02m 09s");
        assertThat(Durations.format(-3)).isEqualTo("0s");
    }
}
