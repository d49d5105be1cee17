package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalServerTest {

    @Test
    void shouldReduceUrlToSchemeHostAndPortWhenUrlHasPath() {
        assertThat(ExternalServer.parse("http://127.0.0.1:8474/").toString()).isEqualTo("http://127.0.0.1:8474");
    }

    @Test
    void shouldRejectUrlNamingTheSettingWhenPortIsMissing() {
        assertThatThrownBy(() -> ExternalServer.parse("http://127.0.0.1"))
                .isInstanceOf(ToxiproxyUnavailableException.class)
                .hasMessageContaining("TOXIPROXY_URL=http://127.0.0.1")
                .hasMessageContaining("http://127.0.0.1:8474");
    }

    @Test
    void shouldRejectUrlWhenSchemeIsNotHttp() {
        assertThatThrownBy(() -> ExternalServer.parse("tcp://127.0.0.1:8474"))
                .isInstanceOf(ToxiproxyUnavailableException.class)
                .hasMessageContaining("not of the form http://host:port");
    }
}
