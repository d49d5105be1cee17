package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.RequestSettings;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The Jetty 12 client (non-blocking, HTTP/1.1) with the same URL and headers, sized so that
 * {@code maxInFlight} calls run at once on kept-alive connections.
 */
final class JettyCaller implements HttpCaller {

    private final HttpClient http = new HttpClient();
    private final URI base;

    JettyCaller(URI base, int maxInFlight) {
        http.setMaxConnectionsPerDestination(Math.max(64, maxInFlight));
        http.setMaxRequestsQueuedPerDestination(Math.max(1024, maxInFlight));
        http.setUserAgentField(null);
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Jetty client: " + e.getMessage(), e);
        }
        this.base = base;
    }

    @Override
    public CompletableFuture<?> call() {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        http.newRequest(ItemLookup.url(base))
                .headers(headers -> headers
                        .put(HttpHeader.USER_AGENT, RequestSettings.DEFAULT_USER_AGENT)
                        .put(HttpHeader.ACCEPT, "application/json")
                        .put("X-API-KEY", ItemLookup.API_KEY))
                .timeout(ItemLookup.RESPONSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .send(new BufferingResponseListener() {
                    @Override
                    public void onComplete(Result outcome) {
                        if (outcome.isFailed()) {
                            result.completeExceptionally(outcome.getFailure());
                            return;
                        }
                        try {
                            ItemLookup.requireSuccess(outcome.getResponse().getStatus());
                            result.complete(getContent());
                        } catch (RuntimeException e) {
                            result.completeExceptionally(e);
                        }
                    }
                });
        return result;
    }

    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the Jetty client: " + e.getMessage(), e);
        }
    }
}
