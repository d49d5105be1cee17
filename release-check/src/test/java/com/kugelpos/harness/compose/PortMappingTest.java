package com.kugelpos.harness.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortMappingTest {

    @Test
    void shouldExpandRangeWhenEntryMapsRanges() {
        // Act & Assert
        assertThat(PortMapping.parse("18001-18003:18001-18003")).containsExactly(
                new PortMapping(18001, 18001), new PortMapping(18002, 18002), new PortMapping(18003, 18003));
        assertThat(PortMapping.parse("127.0.0.1:9292:80/tcp")).containsExactly(new PortMapping(9292, 80));
    }

    @Test
    void shouldRejectEntryWhenItIsUnquotedNumber() {
        // Act & Assert
        assertThatThrownBy(() -> PortMapping.parse(480_480))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted");
    }

    @Test
    void shouldRejectEntryWhenRangesDifferInLength() {
        // Act & Assert
        assertThatThrownBy(() -> PortMapping.parse("18001-18006:18001-18002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different lengths");
    }
}
