package com.kugelpos.contracts.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * This repository's commit and branch. On a detached HEAD (a pull-request or tag checkout in CI)
 * the branch comes from the CI's variables, in this order: {@code GITHUB_HEAD_REF} (GitHub pull
 * requests), {@code GITHUB_REF_NAME} (GitHub pushes), {@code CI_COMMIT_REF_NAME} (GitLab),
 * {@code BRANCH_NAME} (Jenkins), {@code BUILDKITE_BRANCH}, {@code CIRCLE_BRANCH},
 * {@code BITBUCKET_BRANCH}; with none of them there is no branch (never {@code HEAD} or
 * {@code UNKNOWN}).
 */
public final class GitInfo {

    /** The CI variables that name the branch of a detached checkout, first match wins. */
    public static final List<String> CI_BRANCH_VARIABLES = List.of("GITHUB_HEAD_REF", "GITHUB_REF_NAME",
            "CI_COMMIT_REF_NAME", "BRANCH_NAME", "BUILDKITE_BRANCH", "CIRCLE_BRANCH", "BITBUCKET_BRANCH");

    private final Function<List<String>, Optional<String>> git;
    private final Map<String, String> environment;

    /**
     * @param git runs {@code git} with the arguments and gives its trimmed output, empty on failure
     * @param environment the CI variables
     */
    public GitInfo(Function<List<String>, Optional<String>> git, Map<String, String> environment) {
        this.git = git;
        this.environment = Map.copyOf(environment);
    }

    /** Git run in {@code directory}. */
    public static GitInfo in(Path directory, Map<String, String> environment) {
        return new GitInfo(args -> run(directory, args), environment);
    }

    /** The commit of HEAD. */
    public Optional<String> commit() {
        return git.apply(List.of("rev-parse", "HEAD"));
    }

    /** The checked-out branch, or on a detached HEAD the CI's branch variable. */
    public Optional<String> branch() {
        Optional<String> current = git.apply(List.of("branch", "--show-current")).filter(name -> !name.isBlank());
        if (current.isPresent()) {
            return current;
        }
        for (String variable : CI_BRANCH_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> run(Path directory, List<String> args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
