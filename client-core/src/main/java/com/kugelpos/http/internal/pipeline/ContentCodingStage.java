package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.compression.ContentDecoding;
import com.kugelpos.http.internal.compression.RequestCompression;
import com.kugelpos.http.internal.compression.ResponseDecodingException;
import com.kugelpos.http.spi.TransportResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Compression and decoding: advertises the encodings the client decodes ({@code Accept-Encoding},
 * unless the caller set one), sends a large request body gzip-compressed when the settings ask for
 * it and the caller set no {@code Content-Encoding} (compressed once per call), and decodes the
 * response body by its {@code Content-Encoding}. A body that cannot be decoded fails the attempt
 * as a failure after sending.
 */
final class ContentCodingStage implements AttemptStage {

    private final ClientContext context;
    private final OutcomeClassifier classifier;
    /** The {@code Accept-Encoding} value, made once as the one-value list a header holds. */
    private final List<String> acceptEncoding = List.of(ContentDecoding.acceptEncoding());

    ContentCodingStage(ClientContext context, OutcomeClassifier classifier) {
        this.context = context;
        this.classifier = classifier;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        attempt.headers().setIfAbsent("Accept-Encoding", acceptEncoding);
        PreparedRequest request = attempt.request();
        if (request.body() != null && !attempt.headers().containsKey("Content-Encoding")
                && RequestCompression.applies(request.body().length, context.settings().request().gzipMinBytes())) {
            attempt.wireBody(request.gzippedBody());
            attempt.header("Content-Encoding", RequestCompression.GZIP);
        }
        return next.proceedAndReturn(attempt);
    }

    /** Decodes the response body. */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        if (!(result instanceof AttemptResult.Answered answered)) {
            return result;
        }
        TransportResponse response = answered.response();
        List<String> codings = response.headers().allValues("content-encoding");
        if (codings.isEmpty()) {
            return result;
        }
        try {
            byte[] body = ContentDecoding.decode(String.join(", ", codings), response.body());
            return body == response.body() ? result
                    : new AttemptResult.Answered(new TransportResponse(response.status(), response.headers(), body),
                            answered.verdict());
        } catch (ResponseDecodingException e) {
            PreparedRequest request = attempt.request();
            return new AttemptResult.Failed(e, classifier.ofFailure(request.method(), request.hasIdempotencyKey(), e));
        }
    }
}
