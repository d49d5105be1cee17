package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.spi.TransportResponse;

/**
 * How one attempt came back up the chain: a response, a failure without one, or a refusal by a
 * stage before anything was sent. Failures are values here, never exceptional futures, so every
 * stage sees every outcome.
 */
sealed interface AttemptResult {

    /** The attempt got a response; its body is decoded once it has passed the decoding stage. */
    record Answered(TransportResponse response, Verdict verdict) implements AttemptResult {}

    /** The attempt was sent (or tried to be) and ended without a usable response. */
    record Failed(Throwable cause, Verdict verdict) implements AttemptResult {}

    /**
     * A stage refused the attempt before it reached the transport (breaker open, no free
     * connection, deadline passed): the call ends with {@code error}.
     */
    record Refused(HttpClientError error) implements AttemptResult {}

    /**
     * The call was cancelled while the attempt was under way: the exchange was aborted and the
     * attempt counts for nothing (neither the breaker nor outlier detection sees an outcome).
     */
    record Cancelled() implements AttemptResult {}
}
