package com.kugelpos.perf.jmh;

import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.spi.TransportResponse;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client-core {@link Transport} that answers every request at once, on the calling thread, with
 * a 200 and {@link ItemLookup#RESPONSE_BODY}, after reading the request's headers as a transport that
 * writes them must: under it the benchmark measures everything client-core does per call but the
 * network and the JDK client. Thread-safe.
 */
final class CannedTransport implements Transport {

    private static final TransportResponse RESPONSE = new TransportResponse(200,
            HttpHeaders.of(Map.of("content-type", List.of("application/json"),
                    "content-length", List.of(Integer.toString(ItemLookup.RESPONSE_BODY.length))),
                    (name, value) -> true),
            ItemLookup.RESPONSE_BODY);

    /** Reads every header, as a transport that writes them must, then answers. */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        request.forEachHeader(CannedTransport::read);
        return CompletableFuture.completedFuture(RESPONSE);
    }

    private static void read(String name, String value) {
        if (name.isEmpty() || value == null) {
            throw new IllegalStateException("client-core handed the transport a header without a name or value");
        }
    }

    /** A factory that gives every service this transport. */
    Transport.Factory factory() {
        return (service, settings, executor) -> this;
    }
}
