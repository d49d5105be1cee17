package com.kugelpos.http.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryRulesTest {

    @ParameterizedTest(name = "{0} key={1} status={2} -> {3}")
    @CsvSource({
        "GET, false, 500, true", "GET, false, 502, true", "GET, false, 503, true", "GET, false, 504, true",
        "PUT, false, 500, true", "DELETE, false, 504, true",
        "POST, false, 500, false", "POST, false, 502, false", "POST, false, 504, false",
        "POST, false, 503, true", "POST, false, 429, true", "PATCH, false, 500, false",
        "POST, true, 500, true", "PATCH, true, 504, true",
        "GET, false, 400, false", "GET, false, 401, false", "GET, false, 403, false", "GET, false, 404, false",
        "POST, true, 422, false", "GET, false, 200, false"
    })
    void shouldRetryStatusesByTheIdempotencyTable(HttpMethod method, boolean key, int status, boolean retry) {
        assertThat(RetryRules.mayRetry(method, key, status)).isEqualTo(retry);
    }

    @ParameterizedTest(name = "{0} key={1} {2} -> {3}")
    @CsvSource({
        "GET, false, NOT_SENT, true", "POST, false, NOT_SENT, true", "PATCH, false, NOT_SENT, true",
        "GET, false, MAYBE_PROCESSED, true", "PUT, false, MAYBE_PROCESSED, true",
        "POST, false, MAYBE_PROCESSED, false", "PATCH, false, MAYBE_PROCESSED, false",
        "POST, true, MAYBE_PROCESSED, true",
        "GET, false, PERMANENT, false", "POST, true, PERMANENT, false"
    })
    void shouldRetryFailuresByTheIdempotencyTable(HttpMethod method, boolean key, FailureKind kind, boolean retry) {
        assertThat(RetryRules.mayRetry(method, key, kind)).isEqualTo(retry);
    }

    @ParameterizedTest
    @CsvSource({"500, true", "503, true", "599, true", "404, false", "429, false", "200, false"})
    void shouldCountOnlyServerErrorsAsBreakerFailures(int status, boolean failure) {
        assertThat(RetryRules.isBreakerFailure(status)).isEqualTo(failure);
    }
}
