package com.kugelpos.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void shouldSelectEveryPartInRunOrderWhenNoPartIsNamed() {
        // Act
        Options options = Options.parse(List.of(), Map.of());

        // Assert
        assertThat(options.parts()).containsExactly(Parts.CONTRACTS, Parts.CHAOS, Parts.PERF);
        assertThat(options.build()).isTrue();
        assertThat(options.historyDir()).isEqualTo(Options.DEFAULT_HISTORY);
    }

    @Test
    void shouldSelectNamedPartsInRunOrderWhenNamedInAnotherOrder() {
        // Act
        Options options = Options.parse(List.of("--perf", "--contracts", "--perf", "--no-build"), Map.of());

        // Assert
        assertThat(options.parts()).containsExactly(Parts.CONTRACTS, Parts.PERF);
        assertThat(options.parts()).doesNotContain(Parts.CHAOS);
        assertThat(options.build()).isFalse();
    }

    @Test
    void shouldTakeProviderUrlsWhenOnlyPartsThatTakeUrlsAreSelected() {
        // Act
        Options options = Options.parse(List.of("--contracts", "--provider-url", "cart=http://127.0.0.1:8003",
                "--provider-url=stock=https://stock.example:8443/base"), Map.of());

        // Assert
        assertThat(options.providerUrls()).containsExactly(new ProviderUrl("cart", "http://127.0.0.1:8003"),
                new ProviderUrl("stock", "https://stock.example:8443/base"));
        assertThat(Parts.CONTRACTS.urlOption("cart", "http://127.0.0.1:8003"))
                .isEqualTo("-Dpact.provider.cart.url=http://127.0.0.1:8003");
    }

    @Test
    void shouldRefuseProviderUrlWhenAllPartsAreSelected() {
        assertThatThrownBy(() -> Options.parse(List.of("--provider-url", "cart=http://127.0.0.1:8003"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("the chaos part cannot run against services given by URL");
    }

    @Test
    void shouldRefuseOptionWhenUnknownOrMissingItsValue() {
        assertThatThrownBy(() -> Options.parse(List.of("--fast"), Map.of()))
                .hasMessage("unknown option '--fast'; ./harness --help lists the options");
        assertThatThrownBy(() -> Options.parse(List.of("--provider-url"), Map.of()))
                .hasMessageContaining("--provider-url needs SERVICE=URL");
        assertThatThrownBy(() -> Options.parse(List.of("--history"), Map.of()))
                .hasMessageContaining("--history needs a folder");
        assertThatThrownBy(() -> Options.parse(List.of("--contracts", "--provider-url", "cart"), Map.of()))
                .hasMessage("--provider-url takes SERVICE=URL, got 'cart'");
    }

    @Test
    void shouldTakeHistoryFromEnvironmentUnlessTheOptionNamesOne() {
        // Act
        Options fromEnv = Options.parse(List.of(), Map.of(Options.HISTORY_ENV, "/var/kugelpos/history"));
        Options fromOption = Options.parse(List.of("--history", "/tmp/h", "--latency-logs", "/tmp/injectors"),
                Map.of(Options.HISTORY_ENV, "/var/kugelpos/history"));

        // Assert
        assertThat(fromEnv.historyDir()).isEqualTo(Path.of("/var/kugelpos/history"));
        assertThat(fromOption.historyDir()).isEqualTo(Path.of("/tmp/h"));
        assertThat(fromOption.latencyLogs()).containsExactly(Path.of("/tmp/injectors"));
    }

    @Test
    void shouldStopAtHelpWhenAskedForIt() {
        // Act
        Options options = Options.parse(List.of("--chaos", "--help", "--fast"), Map.of());

        // Assert
        assertThat(options.help()).isTrue();
        assertThat(Usage.TEXT).startsWith("Usage: ./harness [--contracts] [--chaos] [--perf]");
    }
}
