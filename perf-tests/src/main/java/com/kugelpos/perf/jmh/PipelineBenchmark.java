package com.kugelpos.perf.jmh;

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
 * The client pipeline's own cost per call, with no network: every variant sends the
 * {@link ItemLookup} call to a canned answer of a {@link CannedHttpClient} on the calling thread:
 * the raw JDK and Resilience4j rows send their JDK request to it, client-core its default transport
 * (through the transport seam), which builds its JDK request as over a network. Read with the
 * {@code gc} profiler for bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelineBenchmark {

    @Param({"RAW_JDK", "CLIENT_CORE", "CLIENT_CORE_METRICS", "CLIENT_CORE_LOGGING", "CLIENT_CORE_METRICS_LOGGING",
            "RESILIENCE4J"})
    PipelineVariant variant;

    private HttpCaller caller;

    /** Builds the variant's client over a canned JDK client. */
    @Setup
    public void open() {
        caller = variant.open();
    }

    /** Closes the client and turns request lines off again. */
    @TearDown
    public void close() {
        caller.close();
        RequestLogSink.configure(false);
    }

    /** One call, start to completed response. */
    @Benchmark
    public Object call() {
        return caller.call().join();
    }
}
