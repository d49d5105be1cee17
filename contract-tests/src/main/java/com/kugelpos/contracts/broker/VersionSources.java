package com.kugelpos.contracts.broker;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a pacticipant's version and branch come from, in this order: the system properties
 * {@code pact.consumer.<name>.version} and {@code pact.consumer.<name>.branch}; the environment
 * variables {@code PACT_CONSUMER_<NAME>_VERSION} and {@code PACT_CONSUMER_<NAME>_BRANCH} (name
 * upper-cased, {@code -} as {@code _}); and, only for a pacticipant named in
 * {@code pact.consumers.inRepo} / {@code PACT_CONSUMERS_IN_REPO} (comma-separated: its code lives
 * in this repository), this repository's git commit and branch ({@link GitInfo}). Nothing else:
 * a missing value is reported, never replaced by a placeholder.
 */
public final class VersionSources {

    /** The property naming the consumers whose code lives in this repository. */
    public static final String IN_REPO_PROPERTY = "pact.consumers.inRepo";
    /** The environment variable naming them. */
    public static final String IN_REPO_VARIABLE = "PACT_CONSUMERS_IN_REPO";

    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final GitInfo git;

    /**
     * @param properties the system properties to read
     * @param environment the environment variables to read
     * @param git this repository's commit and branch
     */
    public VersionSources(Map<String, String> properties, Map<String, String> environment, GitInfo git) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
        this.git = Objects.requireNonNull(git, "git");
    }

    /** The sources of this JVM: its system properties and environment, and git in {@code directory}. */
    public static VersionSources ofThisProcess(java.nio.file.Path directory) {
        Map<String, String> props = System.getProperties().stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, System::getProperty));
        return new VersionSources(props, System.getenv(), GitInfo.in(directory, System.getenv()));
    }

    /** The version of {@code pacticipant}, if any source has one. */
    public Optional<String> version(String pacticipant) {
        return value(pacticipant, "version").or(() -> inRepo(pacticipant) ? git.commit() : Optional.empty());
    }

    /** The branch of {@code pacticipant}, if any source has one. */
    public Optional<String> branch(String pacticipant) {
        return value(pacticipant, "branch").or(() -> inRepo(pacticipant) ? git.branch() : Optional.empty());
    }

    /** What to set for {@code pacticipant}'s {@code part} ({@code version} or {@code branch}). */
    public static String howToSet(String pacticipant, String part) {
        return "-Dpact.consumer." + pacticipant + "." + part + "=... or " + variable(pacticipant, part)
                + " (or list " + pacticipant + " in " + IN_REPO_VARIABLE + " if its code lives in this repository)";
    }

    private Optional<String> value(String pacticipant, String part) {
        return nonBlank(properties.get("pact.consumer." + pacticipant + "." + part))
                .or(() -> nonBlank(environment.get(variable(pacticipant, part))));
    }

    private boolean inRepo(String pacticipant) {
        String listed = nonBlank(properties.get(IN_REPO_PROPERTY))
                .or(() -> nonBlank(environment.get(IN_REPO_VARIABLE)))
                .orElse("");
        Set<String> names = Arrays.stream(listed.split(",")).map(String::trim).collect(Collectors.toSet());
        return names.contains(pacticipant);
    }

    private static String variable(String pacticipant, String part) {
        return "PACT_CONSUMER_" + pacticipant.toUpperCase(Locale.ROOT).replace('-', '_') + "_"
                + part.toUpperCase(Locale.ROOT);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
