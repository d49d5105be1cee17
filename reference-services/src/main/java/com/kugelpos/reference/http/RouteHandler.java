package com.kugelpos.reference.http;

import java.util.concurrent.CompletionStage;

/**
 * Handles one route's requests. May complete later (upstream calls) and may throw or complete
 * exceptionally with {@link ApiException} for an error envelope.
 */
@FunctionalInterface
public interface RouteHandler {

    /** Handles {@code request}; the result completes with the response. */
    CompletionStage<ApiResponse> handle(ApiRequest request);
}
