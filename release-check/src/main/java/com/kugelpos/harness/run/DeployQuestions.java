package com.kugelpos.harness.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Asks the Pact Broker each {@code can-i-deploy} question of the command line through the official
 * Pact CLI ({@code contract-tests/pact-cli}, which installs {@code pact-python-cli} on first use) and
 * prints its answers.
 */
final class DeployQuestions {

    private final Path root;
    private final PrintStream out;

    DeployQuestions(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** Whether the broker answered yes to every question (true when there is none). */
    boolean allDeployable(Deployment deployment) throws IOException, InterruptedException {
        boolean all = true;
        String cli = root.resolve("contract-tests/pact-cli").toString();
        for (DeployCheck check : deployment.checks()) {
            Process process = new ProcessBuilder(check.command(cli, deployment.environment(), deployment.brokerUrl()))
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader answer = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                answer.lines().forEach(line -> out.println("can-i-deploy " + check.pacticipant() + ": " + line));
            }
            int exit = process.waitFor();
            out.println("harness: can-i-deploy " + check.pacticipant() + " " + check.version() + " to "
                    + deployment.environment() + ": " + (exit == 0 ? "yes" : "NO (pact exited with " + exit + ")"));
            all &= exit == 0;
        }
        return all;
    }
}
