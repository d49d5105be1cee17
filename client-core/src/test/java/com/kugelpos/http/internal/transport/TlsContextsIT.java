package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.config.EnvironmentSettings;
import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real TLS handshake against a Jetty HTTPS server on 127.0.0.1 with a certificate made by
 * keytool: the JDK's trust store rejects it, the configured trust store accepts it, and a
 * certificate for another host name fails host-name verification.
 */
class TlsContextsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static TestCertificates.Stores forLoopback;
    private static TestCertificates.Stores forOtherHost;

    private Server server;

    @BeforeAll
    static void makeCertificates(@TempDir Path dir) throws Exception {
        forLoopback = TestCertificates.selfSigned(Files.createDirectory(dir.resolve("loopback")),
                "ip:127.0.0.1,dns:localhost");
        forOtherHost = TestCertificates.selfSigned(Files.createDirectory(dir.resolve("other-host")),
                "dns:example.invalid");
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void shouldRejectTheCertificateWhenSettingsUseTheJdkTrustStore() throws Exception {
        URI uri = startServer(forLoopback.serverKeyStore());
        HttpClient client = client(HttpClientSettings.defaults());

        assertThatThrownBy(() -> client.send(get(uri), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class)
                .hasRootCauseInstanceOf(CertPathBuilderException.class);
    }

    @Test
    void shouldConnectWhenTheEnvironmentNamesATrustStoreWithTheCertificate() throws Exception {
        URI uri = startServer(forLoopback.serverKeyStore());
        HttpClientSettings settings = EnvironmentSettings.load(Map.of(
                "HTTP_TRUST_STORE", forLoopback.trustStore().toString(),
                "HTTP_TRUST_STORE_PASSWORD", TestCertificates.TRUST_STORE_PASSWORD));

        HttpResponse<String> response = client(settings).send(get(uri), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
    }

    @Test
    void shouldRejectTheHostNameWhenTheTrustedCertificateNamesAnotherHost() throws Exception {
        URI uri = startServer(forOtherHost.serverKeyStore());
        HttpClientSettings settings = HttpClientSettings.builder()
                .tls(t -> t.trustStore(forOtherHost.trustStore())
                        .trustStorePassword(TestCertificates.TRUST_STORE_PASSWORD).trustStoreType("PKCS12"))
                .build();
        HttpClient client = client(settings);

        assertThatThrownBy(() -> client.send(get(uri), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class)
                .hasRootCauseInstanceOf(CertificateException.class)
                .hasStackTraceContaining("No subject alternative names matching IP address 127.0.0.1 found");
    }

    private static HttpClient client(HttpClientSettings settings) {
        TlsContexts.requireHostnameVerification();
        return HttpClient.newBuilder()
                .sslContext(TlsContexts.sslContext(settings))
                .sslParameters(TlsContexts.sslParameters())
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri.resolve("/health")).timeout(TIMEOUT).GET().build();
    }

    /** Starts an HTTPS server on a random port of 127.0.0.1 that answers 200 "ok". */
    private URI startServer(Path keyStore) throws Exception {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keyStore.toString());
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePassword(TestCertificates.KEY_STORE_PASSWORD);
        server = new Server();
        ServerConnector connector = new ServerConnector(server, tls);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.start();
        return URI.create("https://127.0.0.1:" + connector.getLocalPort());
    }
}
