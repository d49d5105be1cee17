package com.kugelpos.chaos.toxiproxy;

import com.kugelpos.http.spi.TimeSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@code toxiproxy-server} with {@code go install} into the cache folder. The first install
 * downloads the modules and compiles (tens of seconds); the output goes to {@code go-install.log}.
 */
final class GoInstaller implements BinaryInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(GoInstaller.class);
    private static final Duration ENV_LIMIT = Duration.ofMinutes(1);
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(15);
    /** The name {@code go install} gives the binary of package {@code .../cmd/server}. */
    private static final String BUILT_NAME = "server";

    private final String pathVariable;
    private final String goRoot;
    private final Path logDir;
    private final TimeSource time;

    /**
     * @param pathVariable the {@code PATH} to search for {@code go}, may be {@code null}
     * @param goRoot the {@code GOROOT} whose {@code bin/go} is tried next, may be {@code null}
     * @param logDir where the output of the Go commands is written
     * @param time measures how long the install takes, for the log
     */
    GoInstaller(String pathVariable, String goRoot, Path logDir, TimeSource time) {
        this.pathVariable = pathVariable;
        this.goRoot = goRoot;
        this.logDir = logDir;
        this.time = time;
    }

    @Override
    public Path install(Path cacheDir) {
        Path go = findGo(cacheDir);
        try {
            Files.createDirectories(cacheDir);
            Files.createDirectories(logDir);
            Map<String, String> env = new HashMap<>(GoCacheFolders.overrides(goEnv(go), cacheDir, GoCacheFolders::writable));
            Path staging = Files.createTempDirectory(cacheDir, "gobin-");
            env.put("GOBIN", staging.toString());
            Path log = logDir.resolve("go-install.log");
            LOG.info(
                    "Installing {} {}: go install {} into {} (first time only, about a minute; environment {}; output in {})",
                    ToxiproxyRelease.BINARY_NAME, ToxiproxyRelease.VERSION, ToxiproxyRelease.goInstallTarget(), cacheDir, env, log);
            long started = time.nanoTime();
            int exit = run(go, List.of("install", ToxiproxyRelease.goInstallTarget()), env, cacheDir, log, INSTALL_LIMIT);
            if (exit != 0) {
                throw new ToxiproxyUnavailableException(
                        "`go install " + ToxiproxyRelease.goInstallTarget() + "` failed with exit code " + exit + ". "
                                + LogTail.of(log) + "\n" + ToxiproxyRelease.HOW_TO_GET_ONE);
            }
            Path installed = cacheDir.resolve(ToxiproxyRelease.BINARY_NAME);
            Files.move(staging.resolve(BUILT_NAME), installed, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(staging);
            LOG.info("Installed {} in {} ms", installed, Duration.ofNanos(time.nanoTime() - started).toMillis());
            return installed;
        } catch (IOException e) {
            throw new ToxiproxyUnavailableException(
                    "Cannot install " + ToxiproxyRelease.BINARY_NAME + " into " + cacheDir + ": " + e
                            + ". Set " + Settings.CACHE_DIR + " to a writable folder.",
                    e);
        }
    }

    private Path findGo(Path cacheDir) {
        Optional<Path> go = Executables.onPath(pathVariable, "go");
        if (go.isEmpty() && goRoot != null) {
            go = Executables.in(Path.of(goRoot, "bin"), "go");
        }
        return go.or(() -> Executables.in(Path.of("/usr/local/go/bin"), "go"))
                .orElseThrow(
                        () -> new ToxiproxyUnavailableException(
                                "No Toxiproxy server: " + ToxiproxyRelease.BINARY_NAME + " is neither on PATH nor in "
                                        + cacheDir + ", no Docker engine answers, and there is no `go` to build it"
                                        + " (searched PATH, $GOROOT/bin, /usr/local/go/bin). "
                                        + ToxiproxyRelease.HOW_TO_GET_ONE));
    }

    /** What {@code go env} reports for the queried variables; empty values when it cannot tell. */
    private Map<String, String> goEnv(Path go) throws IOException {
        Path output = logDir.resolve("go-env.txt");
        List<String> args = new ArrayList<>(List.of("env"));
        args.addAll(GoCacheFolders.QUERIED);
        int exit = run(go, args, Map.of(), logDir, output, ENV_LIMIT);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        if (exit == 0 && lines.size() >= GoCacheFolders.QUERIED.size()) {
            for (int i = 0; i < GoCacheFolders.QUERIED.size(); i++) {
                values.put(GoCacheFolders.QUERIED.get(i), lines.get(i).trim());
            }
        }
        return values;
    }

    private static int run(Path go, List<String> args, Map<String, String> env, Path workDir, Path output, Duration limit)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(go.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ToxiproxyUnavailableException(
                        "`" + String.join(" ", command) + "` did not finish within " + limit.toMinutes() + " min. "
                                + LogTail.of(output));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToxiproxyUnavailableException("Interrupted while running `" + String.join(" ", command) + "`", e);
        }
        return process.exitValue();
    }
}
