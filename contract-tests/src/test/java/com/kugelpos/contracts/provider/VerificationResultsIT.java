package com.kugelpos.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Verification results go to the broker only for a real provider with its version. */
class VerificationResultsIT {

    private static final List<String> PROPERTIES = List.of(VerificationResults.PUBLISH,
            VerificationResults.PROVIDER_VERSION, "pact.provider.terminal.url", "pact.provider.terminal.stateChangeUrl");

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void shouldNeverPublishTheEmbeddedReferenceServiceAsTheProvider() {
        System.setProperty(VerificationResults.PUBLISH, "true");
        System.setProperty(VerificationResults.PROVIDER_VERSION, "1.0.0");
        try (ProviderTarget target = ProviderTarget.of("terminal", Service.TERMINAL)) {
            VerificationResults.configure(target);
        }

        assertThat(System.getProperty(VerificationResults.PUBLISH)).isEqualTo("false");
    }

    @Test
    void shouldRefuseToPublishARunningProviderWithoutItsVersion() {
        try (ReferenceServices running = ReferenceServices.start(Service.TERMINAL)) {
            System.setProperty(VerificationResults.PUBLISH, "true");
            System.setProperty("pact.provider.terminal.url", running.url(Service.TERMINAL).toString());
            System.setProperty("pact.provider.terminal.stateChangeUrl", "http://127.0.0.1:9/pact/provider-states");
            try (ProviderTarget target = ProviderTarget.of("terminal", Service.TERMINAL)) {
                IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                        () -> VerificationResults.configure(target));

                assertThat(failure.getMessage()).contains("-Dpact.provider.version=");
                assertThat(System.getProperty(VerificationResults.PUBLISH)).isEqualTo("true");
            }
        }
    }
}
