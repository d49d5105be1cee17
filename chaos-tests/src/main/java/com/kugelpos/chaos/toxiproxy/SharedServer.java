package com.kugelpos.chaos.toxiproxy;

import com.kugelpos.http.spi.TimeSource;
import java.nio.file.Path;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Toxiproxy server of this JVM: obtained on first use, stopped when the JVM exits. A failure
 * to obtain it is remembered, so later suites fail at once with the same message instead of retrying.
 */
final class SharedServer {

    private static final Logger LOG = LoggerFactory.getLogger(SharedServer.class);

    private static ServerBackend backend;
    private static ToxiproxyUnavailableException failure;

    private SharedServer() {}

    /** The running server, launched now if this is the first call. */
    static synchronized ServerBackend get() {
        if (backend == null && failure == null) {
            try {
                backend = launch(Settings.SYSTEM);
                ServerBackend started = backend;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "toxiproxy-server-stop"));
            } catch (ToxiproxyUnavailableException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new ToxiproxyUnavailableException(failure.getMessage(), failure);
        }
        return backend;
    }

    private static ServerBackend launch(Function<String, String> settings) {
        ServerDiscovery.Choice choice = new ServerDiscovery(settings, DockerToxiproxy::available).choose();
        LOG.info("Toxiproxy server source: {}", choice.source());
        VersionProbe probe = new VersionProbe();
        return switch (choice.source()) {
            case EXTERNAL_URL -> ExternalServer.connect(choice.externalUrl(), probe);
            case DOCKER -> DockerToxiproxy.start();
            case LOCAL_BINARY -> startLocal(settings, probe);
        };
    }

    private static ServerBackend startLocal(Function<String, String> settings, VersionProbe probe) {
        String path = System.getenv("PATH");
        Path logDir = Settings.logDir(settings);
        BinaryInstaller installer = new GoInstaller(path, System.getenv("GOROOT"), logDir, TimeSource.system());
        Path binary = new BinaryLocator(path, Settings.cacheDir(settings), installer).locate();
        return LocalServerProcess.start(binary, logDir, probe);
    }
}
