package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code TOXIPROXY_URL} is accepted only when it answers {@code GET /version}. */
class ExternalServerIT {

    @Test
    void shouldConnectWhenUrlAnswersVersion() {
        try (ToxiproxyServer running = ToxiproxyServer.obtain()) {
            ExternalServer external = ExternalServer.connect(running.controlUrl().toString(), new VersionProbe());

            assertThat(external.address().controlUrl()).isEqualTo(running.controlUrl());
            assertThat(external.address().source()).isEqualTo(ServerSource.EXTERNAL_URL);
        }
    }

    @Test
    void shouldFailNamingUrlAndRemedyWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> ExternalServer.connect(url, new VersionProbe()))
                .isInstanceOf(ToxiproxyUnavailableException.class)
                .hasMessageContaining("TOXIPROXY_URL=" + url + " does not answer GET /version")
                .hasMessageContaining("unset TOXIPROXY_URL");
    }
}
