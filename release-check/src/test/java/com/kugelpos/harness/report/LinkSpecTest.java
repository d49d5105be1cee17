package com.kugelpos.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkSpecTest {

    @Test
    void shouldParseEveryEntryWhenListHasSeveral() {
        // Act & Assert
        assertThat(LinkSpec.parseList(" Pact files = pacts/*.json ;Test reports=contract-tests/target/failsafe-reports;"))
                .containsExactly(new LinkSpec("Pact files", "pacts/*.json"),
                        new LinkSpec("Test reports", "contract-tests/target/failsafe-reports"));
    }

    @Test
    void shouldMarkLinkRequiredWhenLabelStartsWithBang() {
        // Act & Assert
        assertThat(LinkSpec.parseList("!Gatling reports=perf-tests/target/gatling/*/index.html"))
                .containsExactly(new LinkSpec("Gatling reports", "perf-tests/target/gatling/*/index.html", true));
    }

    @Test
    void shouldGiveNoLinksWhenListIsBlank() {
        // Act & Assert
        assertThat(LinkSpec.parseList("  ")).isEmpty();
        assertThat(LinkSpec.parseList(null)).isEmpty();
    }

    @Test
    void shouldQuoteEntryWhenItHasNoEqualsSign() {
        // Act & Assert
        assertThatThrownBy(() -> LinkSpec.parseList("Pact files"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Pact files'");
    }
}
