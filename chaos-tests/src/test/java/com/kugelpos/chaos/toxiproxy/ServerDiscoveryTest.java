package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ServerDiscoveryTest {

    private final AtomicInteger dockerProbes = new AtomicInteger();

    @Test
    void shouldChooseExternalUrlWithoutAskingDockerWhenToxiproxyUrlIsSet() {
        ServerDiscovery discovery =
                new ServerDiscovery(Map.of(Settings.URL, " http://127.0.0.1:8474 ")::get, docker(true));

        ServerDiscovery.Choice choice = discovery.choose();

        assertThat(choice.source()).isEqualTo(ServerSource.EXTERNAL_URL);
        assertThat(choice.externalUrl()).isEqualTo("http://127.0.0.1:8474");
        assertThat(dockerProbes).hasValue(0);
    }

    @Test
    void shouldChooseDockerWhenNoUrlIsSetAndDockerAnswers() {
        ServerDiscovery discovery = new ServerDiscovery(Map.<String, String>of()::get, docker(true));

        ServerDiscovery.Choice choice = discovery.choose();

        assertThat(choice.source()).isEqualTo(ServerSource.DOCKER);
        assertThat(choice.externalUrl()).isNull();
        assertThat(dockerProbes).hasValue(1);
    }

    @Test
    void shouldChooseLocalBinaryWhenNoUrlIsSetAndNoDockerAnswers() {
        ServerDiscovery discovery = new ServerDiscovery(Map.<String, String>of()::get, docker(false));

        assertThat(discovery.choose().source()).isEqualTo(ServerSource.LOCAL_BINARY);
    }

    @Test
    void shouldIgnoreBlankUrlWhenChoosing() {
        ServerDiscovery discovery = new ServerDiscovery(Map.of(Settings.URL, "  ")::get, docker(false));

        assertThat(discovery.choose().source()).isEqualTo(ServerSource.LOCAL_BINARY);
    }

    private BooleanSupplier docker(boolean available) {
        return () -> {
            dockerProbes.incrementAndGet();
            return available;
        };
    }
}
