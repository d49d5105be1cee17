package com.kugelpos.harness.run;

import java.util.List;
import java.util.Map;

/**
 * The {@code can-i-deploy} questions the release check asks the Pact Broker after its parts, with the
 * environment and the broker they go to. None by default.
 *
 * @param checks      one per {@code --can-i-deploy PACTICIPANT=VERSION}
 * @param environment {@code --to-environment}, {@value #DEFAULT_ENVIRONMENT} unless given
 * @param brokerUrl   {@code --broker-url}, else {@value #BROKER_ENV}; empty when no check is asked for
 */
public record Deployment(List<DeployCheck> checks, String environment, String brokerUrl) {

    /** The environment variable of the broker's base URL, which the Pact tools read too. */
    public static final String BROKER_ENV = "PACT_BROKER_BASE_URL";

    /** The environment asked about unless {@code --to-environment} names another. */
    public static final String DEFAULT_ENVIRONMENT = "production";

    /** No question. */
    public static final Deployment NONE = new Deployment(List.of(), DEFAULT_ENVIRONMENT, "");

    /** Copies the checks. */
    public Deployment {
        checks = List.copyOf(checks);
    }

    /**
     * The deployment questions of a command line.
     *
     * @param brokerUrl the {@code --broker-url} value, or empty to take {@value #BROKER_ENV}
     * @throws UsageException when checks are asked for without a broker URL, or the URL is not http(s)
     */
    static Deployment of(List<DeployCheck> checks, String environment, String brokerUrl, Map<String, String> env) {
        if (checks.isEmpty()) {
            return new Deployment(checks, environment, "");
        }
        String url = brokerUrl.isBlank() ? env.getOrDefault(BROKER_ENV, "") : brokerUrl;
        if (url.isBlank()) {
            throw new UsageException("--can-i-deploy needs the Pact Broker: give --broker-url URL or set " + BROKER_ENV);
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException("--broker-url: '" + url + "' is not an http:// or https:// URL");
        }
        return new Deployment(checks, environment, url);
    }
}
