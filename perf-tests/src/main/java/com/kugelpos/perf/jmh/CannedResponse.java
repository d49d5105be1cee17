package com.kugelpos.perf.jmh;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A 200 response with {@link ItemLookup#RESPONSE_BODY}, answering one request. Immutable. */
final class CannedResponse implements HttpResponse<byte[]> {

    private static final HttpHeaders HEADERS = HttpHeaders.of(
            Map.of("content-type", List.of("application/json"),
                    "content-length", List.of(Integer.toString(ItemLookup.RESPONSE_BODY.length))),
            (name, value) -> true);

    private final HttpRequest request;

    CannedResponse(HttpRequest request) {
        this.request = request;
    }

    @Override
    public int statusCode() {
        return 200;
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public Optional<HttpResponse<byte[]>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return HEADERS;
    }

    @Override
    public byte[] body() {
        return ItemLookup.RESPONSE_BODY;
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
