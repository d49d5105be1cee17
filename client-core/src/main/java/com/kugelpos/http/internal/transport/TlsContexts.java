package com.kugelpos.http.internal.transport;

import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE_PASSWORD;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE_TYPE;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.InvalidSettingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the service clients: which certificates are trusted, and host-name verification that
 * is always on.
 *
 * <p>Use both on a {@link java.net.http.HttpClient}: {@code .sslContext(TlsContexts.sslContext(settings))
 * .sslParameters(TlsContexts.sslParameters())}, after {@link #requireHostnameVerification()}.
 * Errors name the trust store's path and what to do, never its password. Stateless, thread-safe.
 */
public final class TlsContexts {

    /** The JDK property that turns off host-name verification in {@code java.net.http}. */
    public static final String DISABLE_HOSTNAME_VERIFICATION = "jdk.internal.httpclient.disableHostnameVerification";

    private static final String TLS = "TLS";

    private TlsContexts() {}

    /**
     * The JDK's default context when the settings name no trust store; otherwise a context that
     * trusts exactly the certificates in the configured trust store.
     *
     * @throws InvalidSettingException when the trust store is missing, unreadable, of another type,
     *     has a different password or holds no certificate
     */
    public static SSLContext sslContext(HttpClientSettings settings) {
        if (settings.tls().trustStore().isEmpty()) {
            return defaultContext();
        }
        KeyStore trustStore = load(settings.tls().trustStore().get(), settings.tls().trustStoreType(),
                settings.tls().trustStorePassword().orElse(null));
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance(TLS);
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    /** Parameters that verify the server's host name against its certificate ({@code HTTPS}). */
    public static SSLParameters sslParameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /**
     * Refuses to run when the JVM turns off host-name verification of {@code java.net.http}, as
     * the JDK does when {@value #DISABLE_HOSTNAME_VERIFICATION} is set empty or to {@code true}.
     *
     * @throws IllegalStateException naming the property to remove
     */
    public static void requireHostnameVerification() {
        String value = System.getProperty(DISABLE_HOSTNAME_VERIFICATION);
        if (value != null && (value.isEmpty() || value.toLowerCase(Locale.ROOT).equals("true"))) {
            throw new IllegalStateException("The system property " + DISABLE_HOSTNAME_VERIFICATION + "='" + value
                    + "' turns off host-name verification, and the Kugelpos client refuses to run without it;"
                    + " remove -D" + DISABLE_HOSTNAME_VERIFICATION + " from the JVM options");
        }
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no default TLS context: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, String type, String password) {
        String where = "Trust store " + path.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new InvalidSettingException(where + " does not exist or is not a file; set "
                    + HTTP_TRUST_STORE + " to the path of an existing trust store");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (KeyStoreException e) {
            throw new InvalidSettingException(where + " has type '" + type + "', which this JVM does not know;"
                    + " set " + HTTP_TRUST_STORE_TYPE + " to PKCS12 or JKS", e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password == null ? null : password.toCharArray());
        } catch (AccessDeniedException e) {
            throw new InvalidSettingException(where + " cannot be read; give this process read permission", e);
        } catch (IOException | GeneralSecurityException e) {
            String problem = e.getCause() instanceof UnrecoverableKeyException
                    ? " could not be opened with the given password; check " + HTTP_TRUST_STORE_PASSWORD
                    : " could not be read as a " + type + " trust store; check " + HTTP_TRUST_STORE_TYPE
                            + " and that the file is a trust store";
            throw new InvalidSettingException(where + problem, e);
        }
        requireCertificates(where, store);
        return store;
    }

    private static void requireCertificates(String where, KeyStore store) {
        try {
            if (store.size() == 0) {
                throw new InvalidSettingException(where + " holds no certificate; import the CA certificate"
                        + " with keytool -importcert");
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException(where + " was loaded but cannot be read: " + e.getMessage(), e);
        }
    }
}
