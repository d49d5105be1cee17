package com.kugelpos.contracts.provider;

/**
 * When verification results may go to the broker: only when asked for
 * ({@code -Dpact.verifier.publishResults=true}), only for a real provider given by URL, and only
 * with that provider's version ({@code -Dpact.provider.version}; {@code -Dpact.provider.branch}
 * with it for pending and WIP pacts). The embedded reference services are never published as a
 * provider, since can-i-deploy would then trust a verification of the stand-ins.
 */
final class VerificationResults {

    static final String PUBLISH = "pact.verifier.publishResults";
    static final String PROVIDER_VERSION = "pact.provider.version";

    private VerificationResults() {}

    /**
     * Turns publishing off for the embedded provider; for a real one, checks its version is given.
     *
     * @throws IllegalStateException when results are to be published without a provider version
     */
    static void configure(ProviderTarget target) {
        if (!Boolean.parseBoolean(System.getProperty(PUBLISH, "false"))) {
            return;
        }
        if (target.isEmbedded()) {
            System.setProperty(PUBLISH, "false");
            System.err.println("Not publishing verification results: the provider is the embedded reference"
                    + " service, not a real one (give -Dpact.provider.<name>.url of the real provider)");
            return;
        }
        String version = System.getProperty(PROVIDER_VERSION, "");
        if (version.isBlank()) {
            throw new IllegalStateException("-D" + PUBLISH + "=true needs the version of the provider verified at "
                    + target.url() + ": set -D" + PROVIDER_VERSION + "=<its version> (and -Dpact.provider.branch)");
        }
    }
}
