package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.RequestSettings;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5's asynchronous client (its I/O reactor, HTTP/1.1 on plain HTTP) with the
 * same URL and headers, its pool sized so that {@code maxInFlight} calls run at once on kept-alive
 * connections.
 */
final class ApacheCaller implements HttpCaller {

    private final CloseableHttpAsyncClient http;
    private final URI base;

    ApacheCaller(URI base, int maxInFlight) {
        int connections = Math.max(64, maxInFlight);
        PoolingAsyncClientConnectionManager pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .build();
        this.http = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(ItemLookup.RESPONSE_TIMEOUT))
                        .build())
                .build();
        this.http.start();
        this.base = base;
    }

    @Override
    public CompletableFuture<?> call() {
        SimpleHttpRequest request = SimpleRequestBuilder.get(ItemLookup.url(base))
                .setHeader("User-Agent", RequestSettings.DEFAULT_USER_AGENT)
                .setHeader("Accept", "application/json")
                .setHeader("X-API-KEY", ItemLookup.API_KEY)
                .build();
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        http.execute(request, new FutureCallback<SimpleHttpResponse>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                try {
                    ItemLookup.requireSuccess(response.getCode());
                    result.complete(response.getBodyBytes());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Exception e) {
                result.completeExceptionally(e);
            }

            @Override
            public void cancelled() {
                result.cancel(false);
            }
        });
        return result;
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
