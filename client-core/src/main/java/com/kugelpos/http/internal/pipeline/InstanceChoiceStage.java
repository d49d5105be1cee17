package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.balancing.EndpointSet;
import java.util.concurrent.CompletableFuture;

/**
 * Instance choice: sends the attempt to an instance of the service that the call has not tried yet
 * (by the load balancer, among the usable ones), counts it in flight there, and gives its verdict to
 * outlier detection and its latency to the instance's estimate.
 */
final class InstanceChoiceStage implements AttemptStage {

    private final EndpointSet endpoints;

    InstanceChoiceStage(EndpointSet endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        Endpoint endpoint = endpoints.next(attempt.call().tried());
        attempt.call().tried().add(endpoint);
        attempt.target(endpoint);
        attempt.inFlightAtStart(endpoints.attemptStarted(endpoint));
        return next.proceedAndReturn(attempt);
    }

    /** Gives the verdict and latency to the instance, or counts the attempt out there when it has no outcome. */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        Verdict verdict = BreakerStage.verdictOf(result);
        if (verdict == null) {
            endpoints.attemptAbandoned(attempt.endpoint());
        } else {
            endpoints.attemptEnded(attempt.endpoint(), !verdict.countsAgainstInstance(), attempt.duration(),
                    attempt.inFlightAtStart());
        }
        return result;
    }
}
