package com.kugelpos.perf.gatling.environment;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import com.kugelpos.perf.latency.LatencyLog;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The client-side latency of every answered request of the running simulation, as Gatling measured
 * it, kept in a {@link LatencyLog} and written as an HdrHistogram log to
 * {@code <perf.reportDir>/latency/<injector>/<Simulation>.hlog} when the simulation ends, for the
 * release check to merge. Thread-safe.
 */
public final class RecordedLatency {

    private static final AtomicReference<LatencyLog> CURRENT =
            new AtomicReference<>(new LatencyLog(System.currentTimeMillis()));

    private RecordedLatency() {}

    /** A check that records the response time under the request's name and never fails; put it first. */
    public static CheckBuilder.Final of(Function<Session, String> requestName) {
        return responseTimeInMillis().transformWithSession((millis, session) -> {
            CURRENT.get().record(requestName.apply(session), millis);
            return millis;
        });
    }

    /** {@link #of(Function)} for a request with a fixed name. */
    public static CheckBuilder.Final of(String requestName) {
        return of(session -> requestName);
    }

    /** Starts a new log now; a simulation calls it before its {@code setUp}. */
    public static void restart() {
        CURRENT.set(new LatencyLog(System.currentTimeMillis()));
    }

    /** Writes the log of the simulation that just ended; a simulation calls it in {@code after()}. */
    public static Path write(Class<?> simulation) {
        Path folder = Path.of(System.getProperty(CounterReport.DIRECTORY_PROPERTY, "target/gatling"), "latency");
        return CURRENT.get().write(folder, simulation.getSimpleName(), System.currentTimeMillis());
    }
}
