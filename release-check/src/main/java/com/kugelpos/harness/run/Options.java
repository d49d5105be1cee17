package com.kugelpos.harness.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The release check's command line, parsed.
 *
 * @param parts          the selected parts in run order (all of them when none was named)
 * @param providerUrls   running providers to verify pacts against
 * @param build          whether to run {@code mvn install -DskipTests} first
 * @param historyDir     the folder of the run history
 * @param latencyLogs    more folders of HdrHistogram latency logs to merge with this run's (other injectors)
 * @param acceptBaseline whether to mark the latest run in the history as the baseline and stop
 * @param deployment     the {@code can-i-deploy} questions to ask the Pact Broker after the parts
 * @param help           whether to print the usage and stop
 */
public record Options(List<Part> parts, List<ProviderUrl> providerUrls, boolean build, Path historyDir,
                      List<Path> latencyLogs, boolean acceptBaseline, Deployment deployment, boolean help) {

    /** The environment variable naming the history folder when {@code --history} is not given. */
    public static final String HISTORY_ENV = "KUGELPOS_HISTORY_DIR";

    /** The history folder when neither {@code --history} nor {@value #HISTORY_ENV} names one. */
    public static final Path DEFAULT_HISTORY = Path.of("target", "harness-history");

    /** Copies the lists. */
    public Options {
        parts = List.copyOf(parts);
        providerUrls = List.copyOf(providerUrls);
        latencyLogs = List.copyOf(latencyLogs);
    }

    /**
     * Parses the arguments of {@code ./harness}.
     *
     * @param env the environment, for {@value #HISTORY_ENV} and {@value Deployment#BROKER_ENV}
     * @throws UsageException for an unknown option, a malformed value or parts that cannot take URLs
     */
    public static Options parse(List<String> args, Map<String, String> env) {
        Set<String> selected = new LinkedHashSet<>();
        List<ProviderUrl> urls = new ArrayList<>();
        List<Path> latencyLogs = new ArrayList<>();
        List<DeployCheck> deployChecks = new ArrayList<>();
        String environment = Deployment.DEFAULT_ENVIRONMENT;
        String brokerUrl = "";
        String history = env.getOrDefault(HISTORY_ENV, "");
        boolean build = true;
        boolean accept = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--contracts", "--chaos", "--perf" -> selected.add(arg.substring(2));
                case "--provider-url" -> urls.add(ProviderUrl.parse(value(args, ++i,
                        "--provider-url needs SERVICE=URL, e.g. --provider-url cart=http://127.0.0.1:8003")));
                case "--history" -> history = value(args, ++i, "--history needs a folder, e.g. --history ~/kugelpos-history");
                case "--latency-logs" -> latencyLogs.add(Path.of(value(args, ++i,
                        "--latency-logs needs a folder of <injector>/<run>.hlog files")));
                case "--can-i-deploy" -> deployChecks.add(DeployCheck.parse(value(args, ++i,
                        "--can-i-deploy needs PACTICIPANT=VERSION, e.g. --can-i-deploy cart=4.2.0")));
                case "--to-environment" -> environment = value(args, ++i,
                        "--to-environment needs an environment the broker knows, e.g. production");
                case "--broker-url" -> brokerUrl = value(args, ++i,
                        "--broker-url needs the Pact Broker's base URL, e.g. https://broker.example");
                case "--no-build" -> build = false;
                case "--accept-baseline" -> accept = true;
                case "-h", "--help" -> {
                    return new Options(Parts.ALL, List.of(), build, historyDir(history), List.of(), false,
                            Deployment.NONE, true);
                }
                default -> {
                    if (arg.startsWith("--provider-url=")) {
                        urls.add(ProviderUrl.parse(arg.substring("--provider-url=".length())));
                    } else if (arg.startsWith("--history=")) {
                        history = arg.substring("--history=".length());
                    } else {
                        throw new UsageException("unknown option '" + arg + "'; ./harness --help lists the options");
                    }
                }
            }
        }
        List<Part> parts = Parts.ALL.stream().filter(part -> selected.isEmpty() || selected.contains(part.name())).toList();
        if (!urls.isEmpty()) {
            parts.stream().filter(part -> !part.takesUrls()).findFirst().ifPresent(part -> {
                throw new UsageException("the " + part.name() + " part cannot run against services given by URL;"
                        + " select the parts that can, e.g. ./harness --contracts --provider-url ...");
            });
        }
        return new Options(parts, urls, build, historyDir(history), latencyLogs, accept,
                Deployment.of(deployChecks, environment, brokerUrl, env), false);
    }

    private static String value(List<String> args, int index, String problem) {
        if (index >= args.size() || args.get(index).isBlank()) {
            throw new UsageException(problem);
        }
        return args.get(index);
    }

    private static Path historyDir(String named) {
        return named.isBlank() ? DEFAULT_HISTORY : Path.of(named);
    }
}
