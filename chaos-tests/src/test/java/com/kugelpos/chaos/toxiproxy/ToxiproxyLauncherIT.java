package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The launcher's server proxies real HTTP traffic and applies the faults the suites rely on. */
class ToxiproxyLauncherIT {

    private static final Duration LATENCY = Duration.ofMillis(500);

    private static ToxiproxyServer toxiproxy;

    private OkServer service;
    private ChaosProxy proxy;

    @BeforeAll
    static void obtainServer() {
        toxiproxy = ToxiproxyServer.obtain();
    }

    @AfterAll
    static void deleteProxies() {
        toxiproxy.close();
    }

    @BeforeEach
    void startServiceBehindProxy(TestInfo test) throws Exception {
        service = OkServer.start();
        proxy = toxiproxy.proxy(test.getTestMethod().orElseThrow().getName(), service.port());
    }

    @AfterEach
    void stopService() throws Exception {
        service.stop();
    }

    @Test
    void shouldAnswerThroughProxyWhenNoToxicIsSet() throws Exception {
        HttpResponse<String> response = get();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(OkServer.BODY);
        assertThat(proxy.listenPort()).isPositive().isNotEqualTo(service.port());
        assertThat(proxy.url().getHost()).isEqualTo(toxiproxy.host());
    }

    @Test
    void shouldDelayResponseWhenLatencyToxicIsSet() throws Exception {
        proxy.toxics().latency(LATENCY);

        long started = System.nanoTime();
        HttpResponse<String> response = get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(LATENCY);
    }

    @Test
    void shouldRefuseConnectionsWhenDisabledAndAnswerAgainWhenEnabled() throws Exception {
        proxy.disable();

        assertThatThrownBy(this::get).isInstanceOf(ConnectException.class);

        proxy.enable();

        assertThat(get().statusCode()).isEqualTo(200);
    }

    @Test
    void shouldFailWithIoExceptionWhenPeerIsResetAndAnswerAgainWhenToxicsAreRemoved() throws Exception {
        proxy.toxics().resetPeer();

        assertThatThrownBy(this::get).isInstanceOf(IOException.class);

        proxy.removeAllToxics();

        assertThat(get().statusCode()).isEqualTo(200);
    }

    /** One GET through the proxy on a fresh connection, so no pooled connection hides a fault. */
    private HttpResponse<String> get() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest request = HttpRequest.newBuilder(proxy.url().resolve("/")).timeout(Duration.ofSeconds(5)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
