package com.kugelpos.perf.gatling.environment;

import com.kugelpos.reference.stats.StatsSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What master-data's own counters say after a run: item lookups served, TCP connections accepted
 * (and so reuse), the most connections its clients held open at once and the most it counted open.
 * Printed and written next to the Gatling reports, to the folder named by the system property
 * {@value #DIRECTORY_PROPERTY}.
 */
public final class CounterReport {

    /** The folder the summary is written to; {@code target/gatling} when unset. */
    public static final String DIRECTORY_PROPERTY = "perf.reportDir";

    private CounterReport() {}

    /** One line on master-data's connections, e.g. for the closing note. */
    public static String describe(GatewayUnderTest gateway) {
        StatsSnapshot masterData = gateway.masterDataStats();
        long calls = masterData.requestCount(GatewayUnderTest.ITEM_DETAILS_ROUTE);
        long accepted = masterData.connectionsAccepted();
        return String.format(Locale.ROOT,
                "master-data counters: %d item lookups from the gateway; at most %d connections held open by"
                        + " clients at once (client cap 100; master-data counted at most %d open, with those the"
                        + " client closed on a timeout before master-data answered); %d sockets accepted = %.1f"
                        + " per 10,000 calls",
                calls, gateway.masterDataConnectionsHeldPeak(), masterData.connectionsMaxOpen(), accepted,
                calls == 0 ? Double.NaN : accepted * 10_000.0 / calls);
    }

    /** Prints {@code text} and writes it to {@code <folder>/<simulation>-counters.txt}. */
    public static void publish(String simulation, String text) {
        System.out.println(text);
        Path folder = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/gatling"));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(simulation + "-counters.txt"), text + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the counter summary to " + folder + ": " + e.getMessage(), e);
        }
    }
}
