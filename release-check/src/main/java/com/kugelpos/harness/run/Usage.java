package com.kugelpos.harness.run;

/** The text of {@code ./harness --help}. */
public final class Usage {

    /** The usage text, ending in a line break. */
    public static final String TEXT = """
            Usage: ./harness [--contracts] [--chaos] [--perf] [--provider-url SERVICE=URL]... [--no-build]
                             [--history DIR] [--latency-logs DIR]... [--accept-baseline]
                             [--can-i-deploy PACTICIPANT=VERSION]... [--to-environment ENV] [--broker-url URL]

            Runs the release check and writes target/harness-report/index.html; exits 0 when it passed,
            1 when it failed and 2 when it could not run. With no part option it runs all three parts.

              --contracts                 Pact consumer tests and the provider verification of every pact (contract-tests)
              --chaos                     the chaos suites against a real Toxiproxy server (chaos-tests)
              --perf                      the JMH smoke benchmarks and the Gatling smoke simulations (perf-tests, -Pperf)
              --provider-url SERVICE=URL  verify SERVICE's pacts against the running provider at URL instead of the
                                          embedded reference service (repeatable; SERVICE is one of terminal,
                                          master-data, cart, report, journal, stock); only parts that can run against
                                          services by URL may be selected with it (today: --contracts)
              --no-build                  skip the initial 'mvn install -DskipTests' (when it has just been run)
              --history DIR               the run history the page's trends and the regression gate read, and this
                                          run's summary is added to (default $KUGELPOS_HISTORY_DIR, else
                                          target/harness-history); keep it between runs, e.g. as a CI artifact
              --latency-logs DIR          more HdrHistogram latency logs (DIR/<injector>/<Simulation>.hlog) of other
                                          injector hosts, merged with this run's into one set of percentiles (repeatable)
              --accept-baseline           accept the latest run in the history as the new baseline of the regression
                                          gate (after a deliberate change of a figure) and stop
              --can-i-deploy P=VERSION    after the parts, ask the Pact Broker whether pacticipant P at VERSION may be
                                          deployed (the official pact CLI, contract-tests/pact-cli); a "no" fails the
                                          check (repeatable)
              --to-environment ENV        the environment --can-i-deploy asks about (default production)
              --broker-url URL            the Pact Broker (default $PACT_BROKER_BASE_URL; the token is read from
                                          $PACT_BROKER_TOKEN by the pact CLI itself)
              -h, --help                  this text

            Missing tools (Java 17, Maven; Go for building the Toxiproxy server) are installed with apt-get.
            Each part runs as its own Maven process; its full output goes to target/harness-report/logs/<part>.log.
            """;

    private Usage() {}
}
