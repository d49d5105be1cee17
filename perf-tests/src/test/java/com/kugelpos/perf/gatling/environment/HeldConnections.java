package com.kugelpos.perf.gatling.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The connections to one local server port that their clients still hold, read from Linux's socket
 * tables ({@code /proc/net/tcp} and {@code /proc/net/tcp6}) at a fixed period, and the most seen at
 * once. A server socket in state ESTABLISHED is one whose client has not closed it; one the client
 * closed waits in CLOSE_WAIT until the server next writes, which a server holding a delayed answer
 * does only when the delay ends. So the provider's own count of open connections also holds the
 * connections of calls that the client already abandoned (timed out or cancelled), while this count
 * is the client's: what its connection cap bounds. Thread-safe.
 */
public final class HeldConnections implements AutoCloseable {

    /** How often the tables are read. */
    public static final Duration PERIOD = Duration.ofMillis(20);

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private final String localPortHex;
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "held-connections");
        thread.setDaemon(true);
        return thread;
    });

    private HeldConnections(int port) {
        this.localPortHex = String.format(Locale.ROOT, "%04X", port);
    }

    /**
     * Starts sampling the connections held to {@code port} on this machine.
     *
     * @throws IllegalStateException when this is not Linux (no {@code /proc/net/tcp})
     */
    public static HeldConnections watch(int port) {
        if (!Files.isReadable(TABLES.get(0))) {
            throw new IllegalStateException("HeldConnections reads the socket table /proc/net/tcp, which this system"
                    + " does not have; run the perf suites on Linux");
        }
        HeldConnections held = new HeldConnections(port);
        held.sample();
        held.sampler.scheduleAtFixedRate(held::sample, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return held;
    }

    /**
     * The most connections held at once in a sample since {@link #watch} or the last {@link #reset}.
     *
     * @throws UncheckedIOException when a sample could not read the socket tables
     */
    public int peak() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return peak.get();
    }

    /** Starts the peak again from the connections held now. */
    public void reset() {
        peak.set(held());
    }

    /** Connections held now. */
    public int held() {
        int count = 0;
        for (Path table : TABLES) {
            count += countEstablished(table);
        }
        return count;
    }

    private void sample() {
        try {
            int now = held();
            peak.accumulateAndGet(now, Math::max);
        } catch (RuntimeException unreadable) {
            failure.compareAndSet(null, unreadable);
        }
    }

    private int countEstablished(Path table) {
        if (!Files.isReadable(table)) {
            return 0;
        }
        try {
            // columns: sl local_address rem_address st ...; an address is HEXIP:HEXPORT
            return (int) Files.readAllLines(table).stream().skip(1)
                    .map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 3 && ESTABLISHED.equals(columns[3])
                            && columns[1].endsWith(":" + localPortHex))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /** Stops sampling. */
    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
