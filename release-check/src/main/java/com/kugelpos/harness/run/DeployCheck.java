package com.kugelpos.harness.run;

import java.util.List;

/**
 * One {@code can-i-deploy} question to the Pact Broker, from {@code --can-i-deploy PACTICIPANT=VERSION}:
 * may this version of this pacticipant be deployed to the environment, given the verification results
 * the broker holds?
 *
 * @param pacticipant a consumer or provider as the broker names it, e.g. {@code cart}
 * @param version     its version, as published
 */
public record DeployCheck(String pacticipant, String version) {

    /**
     * Parses {@code PACTICIPANT=VERSION}.
     *
     * @throws UsageException if either side is missing
     */
    public static DeployCheck parse(String entry) {
        int equals = entry.indexOf('=');
        if (equals <= 0 || equals == entry.length() - 1) {
            throw new UsageException("--can-i-deploy takes PACTICIPANT=VERSION, e.g. --can-i-deploy cart=4.2.0; got '"
                    + entry + "'");
        }
        return new DeployCheck(entry.substring(0, equals), entry.substring(equals + 1));
    }

    /**
     * The official Pact CLI's command for this question (the CLI reads {@code PACT_BROKER_TOKEN} itself).
     *
     * @param pactCli     the {@code contract-tests/pact-cli} launcher
     * @param environment the environment to deploy to, e.g. {@code production}
     * @param brokerUrl   the broker's base URL
     */
    public List<String> command(String pactCli, String environment, String brokerUrl) {
        return List.of(pactCli, "broker", "can-i-deploy", "--pacticipant", pacticipant, "--version", version,
                "--to-environment", environment, "--broker-base-url", brokerUrl);
    }
}
