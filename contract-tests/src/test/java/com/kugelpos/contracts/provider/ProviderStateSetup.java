package com.kugelpos.contracts.provider;

import java.util.Map;

/**
 * Sets up one provider state before an interaction is verified: in-process through the embedded
 * reference services' data ({@link EmbeddedStates}), or, for a provider running elsewhere, through
 * that provider's Pact state-change URL ({@link StateChangeUrl}).
 */
interface ProviderStateSetup {

    /**
     * Sets up {@code state} with its {@code params}.
     *
     * @return the values the state hands the verifier (the credential states' {@code apiKey} or
     *     {@code token}), empty when it hands none
     */
    Map<String, Object> setUp(String state, Map<String, Object> params);
}
