package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.internal.compression.ResponseDecodingException;
import com.kugelpos.http.testing.FakeTimeSource;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeClassifierTest {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private final FakeTimeSource time = new FakeTimeSource();
    private final OutcomeClassifier classifier = new OutcomeClassifier(time);

    @Test
    void shouldTreatARefusedConnectionAsNeverSent() {
        Verdict verdict = classifier.ofFailure(HttpMethod.GET, false, new CompletionException(new ConnectException()));

        assertThat(verdict.outcome()).isEqualTo(AttemptOutcome.NOT_SENT);
        assertThat(verdict.reason()).isEqualTo("connection refused");
    }

    @Test
    void shouldTellAConnectTimeoutFromAResponseTimeout() {
        assertThat(classifier.ofFailure(HttpMethod.GET, false, new HttpConnectTimeoutException("x")).outcome())
                .isEqualTo(AttemptOutcome.NOT_SENT);
        assertThat(classifier.ofFailure(HttpMethod.GET, false, new HttpTimeoutException("x")).outcome())
                .isEqualTo(AttemptOutcome.FAILED_AFTER_SEND);
    }

    @Test
    void shouldFindAResetUnderTheJdksHeaderParserWrapper() {
        IOException wrapped = new IOException("HTTP/1.1 header parser received no bytes",
                new SocketException("Connection reset"));

        Verdict verdict = classifier.ofFailure(HttpMethod.GET, false, wrapped);

        assertThat(verdict.outcome()).isEqualTo(AttemptOutcome.FAILED_AFTER_SEND);
        assertThat(verdict.reason()).isEqualTo("connection reset");
    }

    @Test
    void shouldNameATruncatedResponse() {
        IOException wrapped = new IOException("parsing HTTP/1.1 header", new EOFException());

        assertThat(classifier.ofFailure(HttpMethod.GET, false, wrapped).reason()).contains("truncated response");
    }

    @Test
    void shouldTreatAnUndecodableBodyAsAFailureAfterSendingThatCountsAgainstTheInstance() {
        Verdict verdict = classifier.ofFailure(HttpMethod.POST, false, new ResponseDecodingException("gzip", "corrupt"));

        assertThat(verdict.outcome()).isEqualTo(AttemptOutcome.FAILED_AFTER_SEND);
        assertThat(verdict.retryable()).isFalse();
        assertThat(verdict.countsAgainstInstance()).isTrue();
        assertThat(verdict.reason()).isEqualTo("response body could not be decoded");
    }

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
        assertThat(classifier.ofResponse(method, key, status, NO_HEADERS).retryable()).isEqualTo(retry);
    }

    @ParameterizedTest(name = "{0} key={1} {2} -> {3}")
    @CsvSource({
        "GET, false, NOT_SENT, true", "POST, false, NOT_SENT, true", "PATCH, false, NOT_SENT, true",
        "GET, false, FAILED_AFTER_SEND, true", "PUT, false, FAILED_AFTER_SEND, true",
        "POST, false, FAILED_AFTER_SEND, false", "PATCH, false, FAILED_AFTER_SEND, false",
        "POST, true, FAILED_AFTER_SEND, true",
        "GET, false, PERMANENT_FAILURE, false", "POST, true, PERMANENT_FAILURE, false"
    })
    void shouldRetryFailuresByTheIdempotencyTable(HttpMethod method, boolean key, AttemptOutcome kind, boolean retry) {
        Throwable failure = switch (kind) {
            case NOT_SENT -> new ConnectException("refused");
            case FAILED_AFTER_SEND -> new HttpTimeoutException("timed out");
            default -> new SSLHandshakeException("untrusted");
        };
        Verdict verdict = classifier.ofFailure(method, key, failure);

        assertThat(verdict.outcome()).isEqualTo(kind);
        assertThat(verdict.retryable()).isEqualTo(retry);
    }

    @ParameterizedTest
    @CsvSource({"500, FAILURE, true", "503, FAILURE, true", "599, FAILURE, true", "404, NEUTRAL, false",
            "429, NEUTRAL, false", "200, SUCCESS, false", "304, SUCCESS, false"})
    void shouldCountServerErrorsAsBreakerFailuresAndClientErrorsAsNeutral(int status, Verdict.BreakerCount count,
            boolean againstInstance) {
        Verdict verdict = classifier.ofResponse(HttpMethod.GET, false, status, NO_HEADERS);

        assertThat(verdict.breaker()).isEqualTo(count);
        assertThat(verdict.countsAgainstInstance()).isEqualTo(againstInstance);
    }

    @Test
    void shouldCarryTheRetryAfterOfA503AndIgnoreItOnOtherStatuses() {
        HttpHeaders retryAfter = HttpHeaders.of(Map.of("Retry-After", List.of("2")), (name, value) -> true);

        assertThat(classifier.ofResponse(HttpMethod.GET, false, 503, retryAfter).requestedDelay())
                .contains(Duration.ofSeconds(2));
        assertThat(classifier.ofResponse(HttpMethod.GET, false, 429, retryAfter).requestedDelay())
                .contains(Duration.ofSeconds(2));
        assertThat(classifier.ofResponse(HttpMethod.GET, false, 500, retryAfter).requestedDelay()).isEmpty();
    }

    @Test
    void shouldPassAHealthCheckOnlyOn2xx() {
        assertThat(classifier.isHealthy(200)).isTrue();
        assertThat(classifier.isHealthy(204)).isTrue();
        assertThat(classifier.isHealthy(302)).isFalse();
        assertThat(classifier.isHealthy(503)).isFalse();
    }
}
