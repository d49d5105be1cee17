package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.spi.TimeSource;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The bottom of the chain: hands the prepared request to the service's {@link Transport}, bounds
 * the exchange by the attempt's bound on the injected clock (cancelling the transport's future when
 * it passes, whatever the transport does), and classifies what came back. Aborting the attempt (its
 * call cancelled, or a hedge that lost) cancels the exchange at once, and the attempt comes back
 * {@link AttemptResult.Cancelled}.
 */
final class TransportStage implements AttemptStage {

    private final Transport transport;
    private final OutcomeClassifier classifier;
    private final TimeSource time;

    TransportStage(Transport transport, OutcomeClassifier classifier, TimeSource time) {
        this.transport = transport;
        this.classifier = classifier;
        this.time = time;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        PreparedRequest request = attempt.request();
        TransportRequest wire = TransportRequest.of(request.method(), attempt.uri(), attempt.headers(),
                attempt.wireBody(), attempt.bound());
        attempt.sending(wire, time.nanoTime());
        return TransportExchange.start(attempt, transport.send(wire), classifier, time);
    }
}
