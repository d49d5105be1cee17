package com.kugelpos.http.internal;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.concurrent.CompletableFuture;

/** Starts logical calls on a service channel. */
public final class CallStarter {

    private CallStarter() {}

    /** Prepares the request (failing at once on bad input) and starts its first attempt. */
    public static CompletableFuture<ServiceResponse> start(ServiceChannel channel, HttpMethod method, String path,
            byte[] body, RequestOptions options, Credentials credentials) {
        PreparedRequest request = PreparedRequest.of(method, path, body, options, credentials)
                .gzipBodyFrom(channel.context().settings().requestGzipMinBytes());
        return new CallExecution(channel, request, options.timeout().orElse(channel.context().settings().callTimeout()))
                .run();
    }
}
