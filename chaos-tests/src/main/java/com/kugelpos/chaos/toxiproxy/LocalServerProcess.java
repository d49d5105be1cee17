package com.kugelpos.chaos.toxiproxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code toxiproxy-server} process on {@code 127.0.0.1} and a free port, its output in a file.
 * Started ready (it has answered {@code GET /version}); {@link #close()} stops it and waits.
 */
final class LocalServerProcess implements ServerBackend {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServerProcess.class);
    private static final String HOST = "127.0.0.1";
    /** Readiness poll: one {@code GET /version} every step, at most this many (20 s in all). */
    private static final int READY_POLLS = 200;
    private static final long POLL_STEP_MILLIS = 100;
    private static final long STOP_WAIT_SECONDS = 10;

    private final Process process;
    private final ServerAddress address;

    private LocalServerProcess(Process process, URI controlUrl) {
        this.process = process;
        this.address = new ServerAddress(ServerSource.LOCAL_BINARY, controlUrl, new LoopbackRouting());
    }

    /**
     * Starts {@code binary} and waits until it answers.
     *
     * @throws ToxiproxyUnavailableException when it cannot start, exits, or does not answer in time
     */
    static LocalServerProcess start(Path binary, Path logDir, VersionProbe probe) {
        int port = freeLoopbackPort();
        URI controlUrl = URI.create("http://" + HOST + ":" + port);
        Path log = logDir.resolve("toxiproxy-server-" + port + ".log");
        Process process;
        try {
            Files.createDirectories(logDir);
            ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-host", HOST, "-port", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the server logs every packet below info; a LOG_LEVEL set by the user still wins
            builder.environment().putIfAbsent("LOG_LEVEL", "info");
            process = builder.start();
        } catch (IOException e) {
            throw new ToxiproxyUnavailableException("Cannot start " + binary + ": " + e.getMessage(), e);
        }
        LocalServerProcess server = new LocalServerProcess(process, controlUrl);
        try {
            String version = awaitReady(process, controlUrl, probe, log);
            LOG.info("Started {} (version {}) at {}, pid {}, output in {}", binary, version, controlUrl, process.pid(), log);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static String awaitReady(Process process, URI controlUrl, VersionProbe probe, Path log) {
        IOException lastFailure = null;
        try {
            for (int poll = 0; poll < READY_POLLS; poll++) {
                try {
                    return probe.version(controlUrl);
                } catch (IOException e) {
                    lastFailure = e;
                }
                if (process.waitFor(POLL_STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new ToxiproxyUnavailableException(
                            "toxiproxy-server exited with code " + process.exitValue()
                                    + " before answering GET /version at " + controlUrl + ". " + LogTail.of(log));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToxiproxyUnavailableException("Interrupted while waiting for toxiproxy-server at " + controlUrl, e);
        }
        throw new ToxiproxyUnavailableException(
                "toxiproxy-server did not answer GET /version at " + controlUrl + " within "
                        + READY_POLLS * POLL_STEP_MILLIS / 1000 + " s (last failure: " + lastFailure + "). "
                        + LogTail.of(log),
                lastFailure);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
        }
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped toxiproxy-server at {}", address.controlUrl());
    }
}
