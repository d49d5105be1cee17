package com.kugelpos.contracts.provider;

import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;

/**
 * How a provider suite selects its pacts from a broker: the consumer versions on their main branch,
 * those deployed or released, and those on the branch of the same name as the provider's
 * ({@link #selectors()}); pending pacts (a new consumer expectation does not fail the provider's
 * build until it has once been verified) and work-in-progress pacts since
 * {@code pactbroker.includeWipPactsSince} (default {@value #DEFAULT_WIP_SINCE}). Both need the
 * provider's branch, which pact-jvm sends as {@code providerVersionBranch} only when
 * {@code pactbroker.providerBranch} is set (pact-jvm #1769): it is taken from
 * {@code -Dpact.provider.branch}, and verifying against a broker without it is an error.
 */
final class BrokerVerification {

    static final String DEFAULT_WIP_SINCE = "2025-01-01";
    static final String PROVIDER_BRANCH = "pact.provider.branch";

    private BrokerVerification() {}

    /**
     * Sets pact-jvm's pending, WIP and provider-branch properties, keeping any given explicitly.
     *
     * @throws IllegalStateException without a provider branch
     */
    static void configure() {
        String branch = System.getProperty("pactbroker.providerBranch", System.getProperty(PROVIDER_BRANCH, ""));
        if (branch.isBlank()) {
            throw new IllegalStateException("Verifying against a Pact Broker needs the provider's branch, by which pending"
                    + " and WIP pacts are selected: set -D" + PROVIDER_BRANCH + "=<branch of the provider verified>");
        }
        System.setProperty("pactbroker.providerBranch", branch);
        System.setProperty(PROVIDER_BRANCH, branch);
        defaultTo("pactbroker.enablePending", "true");
        defaultTo("pactbroker.includeWipPactsSince", DEFAULT_WIP_SINCE);
    }

    /** The consumer version selectors: main branch, deployed or released, matching branch. */
    static SelectorBuilder selectors() {
        return new SelectorBuilder().mainBranch().deployedOrReleased().matchingBranch();
    }

    private static void defaultTo(String property, String value) {
        if (System.getProperty(property, "").isBlank()) {
            System.setProperty(property, value);
        }
    }
}
