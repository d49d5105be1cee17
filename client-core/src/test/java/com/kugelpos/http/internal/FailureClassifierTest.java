package com.kugelpos.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.resilience.FailureKind;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void shouldTreatARefusedConnectionAsNeverSent() {
        var classified = FailureClassifier.classify(new CompletionException(new ConnectException()));

        assertThat(classified.kind()).isEqualTo(FailureKind.NOT_SENT);
        assertThat(classified.reason()).isEqualTo("connection refused");
    }

    @Test
    void shouldTellAConnectTimeoutFromAResponseTimeout() {
        assertThat(FailureClassifier.classify(new HttpConnectTimeoutException("x")).kind()).isEqualTo(FailureKind.NOT_SENT);
        assertThat(FailureClassifier.classify(new HttpTimeoutException("x")).kind()).isEqualTo(FailureKind.MAYBE_PROCESSED);
    }

    @Test
    void shouldFindAResetUnderTheJdksHeaderParserWrapper() {
        IOException wrapped = new IOException("HTTP/1.1 header parser received no bytes",
                new SocketException("Connection reset"));

        var classified = FailureClassifier.classify(wrapped);

        assertThat(classified.kind()).isEqualTo(FailureKind.MAYBE_PROCESSED);
        assertThat(classified.reason()).isEqualTo("connection reset");
    }

    @Test
    void shouldNameATruncatedResponse() {
        IOException wrapped = new IOException("parsing HTTP/1.1 header", new EOFException());

        assertThat(FailureClassifier.classify(wrapped).reason()).contains("truncated response");
    }
}
