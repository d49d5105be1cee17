package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.InvalidSettingException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TlsContextsTest {

    private static final String PASSWORD = "right-Pa55word";
    private static final String WRONG_PASSWORD = "wrong-Pa55word";

    @TempDir
    Path dir;

    @Test
    void shouldReturnTheJdkDefaultWhenNoTrustStoreIsSet() throws Exception {
        SSLContext context = TlsContexts.sslContext(HttpClientSettings.defaults());

        assertThat(context).isSameAs(SSLContext.getDefault());
    }

    @Test
    void shouldNameThePathWhenTheTrustStoreDoesNotExist() {
        Path absent = dir.resolve("absent.p12");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(absent, PASSWORD, "PKCS12")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + absent + " does not exist or is not a file; set HTTP_TRUST_STORE"
                        + " to the path of an existing trust store")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void shouldNameThePathWhenTheTrustStoreIsADirectory() {
        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(dir, PASSWORD, "PKCS12")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Trust store " + dir + " does not exist or is not a file");
    }

    @Test
    void shouldSayToCheckThePasswordWithoutEchoingItWhenThePasswordIsWrong() throws Exception {
        Path store = emptyStore("PKCS12", "trust.p12");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(store, WRONG_PASSWORD, "PKCS12")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + store + " could not be opened with the given password;"
                        + " check HTTP_TRUST_STORE_PASSWORD")
                .hasMessageNotContaining(WRONG_PASSWORD)
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void shouldSayToCheckTheTypeWhenTheFileHasAnotherType() throws Exception {
        Path store = emptyStore("PKCS12", "trust.p12");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(store, PASSWORD, "JCEKS")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + store + " could not be read as a JCEKS trust store; check"
                        + " HTTP_TRUST_STORE_TYPE and that the file is a trust store")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void shouldSayToCheckTheTypeWhenTheFileIsAPemCertificate() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(pem, PASSWORD, "PKCS12")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + pem + " could not be read as a PKCS12 trust store; check"
                        + " HTTP_TRUST_STORE_TYPE and that the file is a trust store");
    }

    @Test
    void shouldNameTheTypeWhenTheJvmDoesNotKnowIt() throws Exception {
        Path store = emptyStore("PKCS12", "trust.p12");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(store, PASSWORD, "NOPE")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + store + " has type 'NOPE', which this JVM does not know;"
                        + " set HTTP_TRUST_STORE_TYPE to PKCS12 or JKS");
    }

    @Test
    void shouldSayToImportACertificateWhenTheTrustStoreIsEmpty() throws Exception {
        Path store = emptyStore("PKCS12", "trust.p12");

        assertThatThrownBy(() -> TlsContexts.sslContext(trusting(store, PASSWORD, "PKCS12")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Trust store " + store + " holds no certificate; import the CA certificate with"
                        + " keytool -importcert");
    }

    @Test
    void shouldVerifyHostNamesWhenParametersAreUsed() {
        assertThat(TlsContexts.sslParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
    }

    @ParameterizedTest(name = "-D{0}=''{0}''")
    @ValueSource(strings = {"", "true", "TRUE"})
    void shouldRefuseToRunWhenTheJvmDisablesHostnameVerification(String value) {
        String before = System.getProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION);
        try {
            System.setProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION, value);

            assertThatThrownBy(TlsContexts::requireHostnameVerification)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The system property jdk.internal.httpclient.disableHostnameVerification='" + value
                            + "' turns off host-name verification, and the Kugelpos client refuses to run"
                            + " without it; remove -Djdk.internal.httpclient.disableHostnameVerification from"
                            + " the JVM options");
        } finally {
            restore(before);
        }
    }

    @ParameterizedTest(name = "-D{0}=''{0}''")
    @ValueSource(strings = {"false", "no"})
    void shouldRunWhenThePropertyKeepsHostnameVerificationOn(String value) {
        String before = System.getProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION);
        try {
            System.setProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION, value);

            assertThatCode(TlsContexts::requireHostnameVerification).doesNotThrowAnyException();
        } finally {
            restore(before);
        }
    }

    @Test
    void shouldRunWhenThePropertyIsNotSet() {
        String before = System.getProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION);
        try {
            System.clearProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION);

            assertThatCode(TlsContexts::requireHostnameVerification).doesNotThrowAnyException();
        } finally {
            restore(before);
        }
    }

    private static HttpClientSettings trusting(Path store, String password, String type) {
        return HttpClientSettings.builder()
                .tls(t -> t.trustStore(store).trustStorePassword(password).trustStoreType(type)).build();
    }

    private Path emptyStore(String type, String fileName) throws Exception {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION);
        } else {
            System.setProperty(TlsContexts.DISABLE_HOSTNAME_VERIFICATION, before);
        }
    }
}
