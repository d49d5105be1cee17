package com.kugelpos.reference.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CallPriority;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.error.LoadShedException;
import com.kugelpos.http.event.ShedReason;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.ErrorCodes;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    private static final CallDescription CALL =
            new CallDescription("master-data", HttpMethod.GET, "/api/v1/tenants/{tenant_id}/items");

    @Test
    void shouldAnswer504WhenUpstreamTimedOut() {
        ApiException mapped = UpstreamFailures.toApiException(
                new CompletionException(new DeadlineExceededException(CALL, Duration.ofSeconds(1), 3, null)));

        assertThat(mapped.status()).isEqualTo(504);
        assertThat(mapped.getMessage()).contains("master-data");
    }

    @Test
    void shouldAnswer504WhenLastAttemptHadResponseTimeout() {
        ConnectionFailureException failure = new ConnectionFailureException(
                CALL, "response timeout", 3, new HttpTimeoutException("request timed out"));

        assertThat(UpstreamFailures.toApiException(failure).status()).isEqualTo(504);
    }

    @Test
    void shouldAnswer503WhenConnectTimedOut() {
        ConnectionFailureException failure = new ConnectionFailureException(
                CALL, "connect timeout", 3, new HttpConnectTimeoutException("connect timed out"));

        assertThat(UpstreamFailures.toApiException(failure).status()).isEqualTo(503);
    }

    @Test
    void shouldAnswer503WhenCircuitOpenOrUnreachable() {
        assertThat(UpstreamFailures.toApiException(
                new CircuitBreakerOpenException(CALL, "OPEN", Duration.ofSeconds(60), 0)).status()).isEqualTo(503);
        assertThat(UpstreamFailures.toApiException(
                new ConnectionFailureException(CALL, "refused", 3, null)).status()).isEqualTo(503);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheCallWasShedLocally() {
        LoadShedException shed = new LoadShedException(CALL, ShedReason.CONCURRENCY_LIMIT, CallPriority.LOW, 8, 0);

        ApiException mapped = UpstreamFailures.toApiException(new CompletionException(shed));
        ApiResponse answer = ApiResponse.error(mapped);

        assertThat(mapped.status()).isEqualTo(503);
        assertThat(mapped.errorCode()).isEqualTo(ErrorCodes.UPSTREAM_UNAVAILABLE);
        assertThat(mapped.getMessage())
                .contains("master-data", "shed locally by overload protection", "concurrency_limit", "low priority");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers()).containsEntry("Retry-After", "1");
        assertThat(answer.body().path("user_error").path("code").asText()).isEqualTo(ErrorCodes.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void shouldAnswerWithoutRetryAfterWhenTheCircuitIsOpen() {
        ApiException mapped = UpstreamFailures.toApiException(
                new CircuitBreakerOpenException(CALL, "OPEN", Duration.ofSeconds(60), 0));

        assertThat(ApiResponse.error(mapped).headers()).doesNotContainKey("Retry-After");
    }

    @Test
    void shouldAnswer502NeverNotFoundWhenUpstreamAnswered5xx() {
        HttpClientError error = new HttpClientError(CALL, 500, "oops", 3);

        assertThat(UpstreamFailures.toApiException(error).status()).isEqualTo(502);
        assertThat(UpstreamFailures.status(new CompletionException(error))).isEqualTo(500);
    }

    @Test
    void shouldPassApiExceptionThroughUnchanged() {
        ApiException notFound = ApiException.notFound("Item not found. item_code: X");

        assertThat(UpstreamFailures.toApiException(new CompletionException(notFound))).isSameAs(notFound);
    }
}
