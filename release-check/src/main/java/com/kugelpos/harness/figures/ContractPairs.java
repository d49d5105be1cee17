package com.kugelpos.harness.figures;

import com.kugelpos.harness.json.Json;
import com.kugelpos.harness.json.JsonTree;
import com.kugelpos.harness.report.ReportException;
import com.kugelpos.harness.report.SuiteResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contracts per consumer–provider pair: the pact files in {@code pacts/} and the results of the
 * consumer test ({@code <Consumer><Provider>PactTest}) and the provider verification
 * ({@code <Provider>ProviderPactIT}) from their JUnit reports.
 */
public final class ContractPairs {

    private ContractPairs() {}

    /**
     * One pair per pact file, sorted by file name.
     *
     * @throws ReportException if the folder cannot be listed
     */
    public static List<ContractPair> read(Path pactsDir, List<SuiteResult> suites) {
        List<ContractPair> pairs = new ArrayList<>();
        if (!Files.isDirectory(pactsDir)) {
            return pairs;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(pactsDir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ReportException("cannot list the pact files in " + pactsDir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        for (Path file : files) {
            Object pact = Json.read(file);
            String consumer = JsonTree.text(JsonTree.member(pact, "consumer"), "name", "?");
            String provider = JsonTree.text(JsonTree.member(pact, "provider"), "name", "?");
            Optional<SuiteResult> consumerSuite = suite(suites, camel(consumer) + camel(provider) + "PactTest");
            Optional<SuiteResult> providerSuite = suite(suites, camel(provider) + "ProviderPactIT");
            pairs.add(new ContractPair(consumer, provider, JsonTree.array(pact, "interactions").size(),
                    describe(consumerSuite), passed(consumerSuite), describe(providerSuite), passed(providerSuite)));
        }
        return pairs;
    }

    private static Optional<SuiteResult> suite(List<SuiteResult> suites, String simpleName) {
        return suites.stream().filter(s -> s.simpleName().equals(simpleName)).findFirst();
    }

    private static String describe(Optional<SuiteResult> suite) {
        return suite.map(s -> s.counts().describe()).orElse("not run");
    }

    private static boolean passed(Optional<SuiteResult> suite) {
        return suite.map(s -> s.passed() && s.counts().tests() > 0).orElse(false);
    }

    /** {@code master-data} as {@code MasterData}. */
    static String camel(String service) {
        return Arrays.stream(service.split("-")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).collect(Collectors.joining());
    }
}
