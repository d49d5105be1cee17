package com.kugelpos.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaosTimelineTest {

    @Test
    void shouldTurnTestMethodNameIntoSentenceWhenNamingScenario() {
        assertThat(ChaosTimeline.sentence("shouldOpenAgainForAFullPeriodWhenProbeFails"))
                .isEqualTo("should open again for a full period when probe fails");
        assertThat(ChaosTimeline.sentence("shouldRetryGetWhenConnectionIsResetMidResponse"))
                .isEqualTo("should retry get when connection is reset mid response");
    }
}
