package com.kugelpos.perf.jmh;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End to end on loopback: the {@link ItemLookup} call against a local Jetty server, with 1, 16 or
 * 64 calls kept in flight by one benchmark thread. The score is completed calls per second; the
 * trial fails if any call failed or if the client did not keep its connections alive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoopbackBenchmark {

    @Param({"CLIENT_CORE", "JDK", "JDK_BLOCKING", "OKHTTP", "APACHE", "JETTY"})
    LoopbackClient client;

    @Param({"1", "16", "64"})
    int inFlight;

    private LoopbackServer server;
    private HttpCaller caller;
    private InFlightWindow window;

    /** Starts the server and the client. */
    @Setup
    public void open() {
        server = new LoopbackServer();
        caller = client.open(server.baseUri(), inFlight);
        window = new InFlightWindow(inFlight);
    }

    /**
     * Waits for the calls still in flight, then stops client and server.
     *
     * @throws IllegalStateException if the client opened many more connections than calls in flight:
     *     then it did not keep them alive, and the figures would compare pool sizes, not clients
     */
    @TearDown
    public void close() throws InterruptedException {
        try {
            window.drain(Duration.ofSeconds(30));
        } finally {
            caller.close();
            server.close();
        }
        long accepted = server.acceptedConnections();
        if (accepted > 2L * inFlight + 2) {
            throw new IllegalStateException(client.label() + " opened " + accepted + " connections for " + inFlight
                    + " calls in flight; it does not keep its connections alive");
        }
    }

    /** Starts one call as soon as one of the {@code inFlight} places is free. */
    @Benchmark
    public void call() throws InterruptedException {
        window.submit(caller::call);
    }
}
