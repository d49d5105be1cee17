package com.kugelpos.harness.run;

import com.kugelpos.harness.report.LinkSpec;
import java.util.List;

/** The parts of the release check, defined once, in run order. */
public final class Parts {

    /** Pact consumer tests and the provider verification of every pact. */
    public static final Part CONTRACTS = new Part("contracts", "contract-tests", List.of("verify"),
            "Pact contracts: consumer tests and provider verification of every pact", "-Dpact.provider.%s.url=%s",
            List.of(new LinkSpec("Pact files", "pacts/*.json", true),
                    new LinkSpec("Provider verification reports", "contract-tests/target/failsafe-reports"),
                    new LinkSpec("Consumer test reports", "contract-tests/target/surefire-reports")));

    /** The chaos suites against a real Toxiproxy server. */
    public static final Part CHAOS = new Part("chaos", "chaos-tests", List.of("verify"),
            "Chaos suites (real Toxiproxy between client and services)", "",
            List.of(new LinkSpec("Chaos timelines", "chaos-tests/target/chaos-report/index.html", true),
                    new LinkSpec("Chaos events (JSON)", "chaos-tests/target/chaos-report/chaos-report.json", true),
                    new LinkSpec("Test reports", "chaos-tests/target/failsafe-reports")));

    /** The JMH smoke benchmarks and the Gatling smoke simulations. */
    public static final Part PERF = new Part("perf", "perf-tests", List.of("verify", "-Pperf"),
            "Performance smoke: JMH and Gatling (smoke profile)", "",
            List.of(new LinkSpec("Gatling reports", "perf-tests/target/gatling/*/index.html", true),
                    new LinkSpec("Latency logs (HdrHistogram)", "perf-tests/target/gatling/latency/*/*.hlog", true),
                    new LinkSpec("JMH results (JSON)", "perf-tests/target/jmh/results.json", true),
                    new LinkSpec("Test reports", "perf-tests/target/failsafe-reports")));

    /** Every part, in run order. */
    public static final List<Part> ALL = List.of(CONTRACTS, CHAOS, PERF);

    /** The services {@code --provider-url} can name. */
    public static final List<String> SERVICES = List.of("terminal", "master-data", "cart", "report", "journal", "stock");

    private Parts() {}
}
