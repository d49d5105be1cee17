package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.RequestSettings;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * OkHttp's asynchronous call with the same URL and headers, its dispatcher and pool sized so
 * that {@code maxInFlight} calls run at once on kept-alive connections.
 */
final class OkHttpCaller implements HttpCaller {

    private final OkHttpClient http;
    private final URI base;

    OkHttpCaller(URI base, int maxInFlight) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, maxInFlight));
        dispatcher.setMaxRequestsPerHost(Math.max(64, maxInFlight));
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(Math.max(64, maxInFlight), 5, TimeUnit.MINUTES))
                .callTimeout(ItemLookup.RESPONSE_TIMEOUT)
                .build();
        this.base = base;
    }

    @Override
    public CompletableFuture<?> call() {
        Request request = new Request.Builder()
                .url(ItemLookup.url(base))
                .header("User-Agent", RequestSettings.DEFAULT_USER_AGENT)
                .header("Accept", "application/json")
                .header("X-API-KEY", ItemLookup.API_KEY)
                .get()
                .build();
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (ResponseBody body = response.body()) {
                    ItemLookup.requireSuccess(response.code());
                    result.complete(body.bytes());
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        return result;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
