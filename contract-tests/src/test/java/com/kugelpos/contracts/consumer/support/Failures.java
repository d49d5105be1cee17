package com.kugelpos.contracts.consumer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import com.kugelpos.contracts.consumer.model.ErrorEnvelope;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.HttpClientError;
import java.util.function.Function;

/** Calls that must fail with an error envelope, and the checks of what client-core made of it. */
public final class Failures {

    private Failures() {}

    /**
     * Calls {@code provider} on the mock server and checks the call failed once (a 4xx is not
     * retried) with {@code status} and the error envelope's {@code user_error.code} {@code errorCode}.
     */
    public static void assertFails(MockServer server, String provider, Function<ServiceClient, ServiceResponse> call,
            int status, String errorCode) {
        HttpClientError error = catchThrowableOfType(HttpClientError.class, () -> PactClients.call(server, provider, call));

        assertThat(error).as("the call should fail with %d", status).isNotNull();
        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error.attempts()).isEqualTo(1);
        ErrorEnvelope envelope = ErrorEnvelope.read(error.responseText());
        assertThat(envelope.success()).isFalse();
        assertThat(envelope.userError().code()).isEqualTo(errorCode);
    }
}
