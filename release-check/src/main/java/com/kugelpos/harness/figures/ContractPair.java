package com.kugelpos.harness.figures;

/**
 * The contract between one consumer and one provider.
 *
 * @param consumer       the consumer service
 * @param provider       the provider service
 * @param interactions   interactions in the pact file
 * @param consumerTests  the consumer test class's result, e.g. "8 passed, 0 failed", or "not run"
 * @param consumerPassed whether the consumer tests ran and passed
 * @param providerTests  the provider verification's result (all of the provider's pacts), or "not run"
 * @param providerPassed whether the provider verification ran and passed
 */
public record ContractPair(String consumer, String provider, int interactions, String consumerTests,
                           boolean consumerPassed, String providerTests, boolean providerPassed) {
}
