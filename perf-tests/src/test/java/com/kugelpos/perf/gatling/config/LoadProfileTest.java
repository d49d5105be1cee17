package com.kugelpos.perf.gatling.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadProfileTest {

    @Test
    void shouldPickTheNightlyProfileWhenNamedInAnyCase() {
        LoadProfile profile = LoadProfile.named(" Nightly ");

        assertThat(profile.name()).isEqualTo("nightly");
    }

    @Test
    void shouldKeepTheSmokeLoadUnderSixtySecondsWhenBothSimulationsRun() {
        LoadProfile.PoolingLoad pooling = LoadProfile.smoke().pooling();
        LoadProfile.FaultLoad fault = LoadProfile.smoke().fault();

        Duration total = pooling.ramp().plus(pooling.hold()).plus(fault.total());

        assertThat(total).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldKeepTheOverloadSmokeUnderThirtySecondsWithACutPhaseLongerThanItsSettling() {
        LoadProfile.OverloadLoad overload = LoadProfile.smoke().overload();

        assertThat(overload.total()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(overload.slowed()).isGreaterThan(overload.settle());
    }

    @Test
    void shouldNameTheProfilesThereAreWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> LoadProfile.named("soak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'soak'")
                .hasMessageContaining("smoke or nightly");
    }
}
