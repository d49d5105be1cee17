package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed server certificates made at test time with the JDK's {@code keytool}: a PKCS12 key
 * store for the server and a separate PKCS12 trust store holding only its certificate.
 */
final class TestCertificates {

    /** Password of the server's key store (test-only). */
    static final String KEY_STORE_PASSWORD = "server-store-pw";
    /** Password of the client's trust store (test-only). */
    static final String TRUST_STORE_PASSWORD = "trust-store-pw";

    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    /** The two stores of one certificate. */
    record Stores(Path serverKeyStore, Path trustStore) {}

    private TestCertificates() {}

    /**
     * Makes a key pair and certificate for the given subject alternative names, such as
     * {@code ip:127.0.0.1,dns:localhost}, in {@code dir}.
     */
    static Stores selfSigned(Path dir, String subjectAlternativeNames) throws IOException, InterruptedException {
        Path keyStore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        Path trustStore = dir.resolve("trust.p12");
        keytool(dir, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=kugelpos-test", "-ext", "SAN=" + subjectAlternativeNames, "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", KEY_STORE_PASSWORD);
        keytool(dir, "-exportcert", "-alias", "server", "-file", certificate.toString(),
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", KEY_STORE_PASSWORD);
        keytool(dir, "-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", TRUST_STORE_PASSWORD);
        return new Stores(keyStore, trustStore);
    }

    private static void keytool(Path dir, String... arguments) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            fail("keytool not found at " + keytool + "; run the tests on a full JDK 17"
                    + " (e.g. apt-get install openjdk-17-jdk-headless) and point JAVA_HOME at it");
        }
        List<String> command = new ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(arguments));
        Path output = dir.resolve("keytool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("keytool " + arguments[0] + " did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            fail("keytool " + arguments[0] + " failed with exit code " + process.exitValue() + ": "
                    + Files.readString(output));
        }
    }
}
