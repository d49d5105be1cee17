package com.kugelpos.chaos.toxiproxy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a Toxiproxy control URL for {@code GET /version}, with short timeouts so a dead URL fails fast. */
final class VersionProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /**
     * The server's version text.
     *
     * @throws IOException when the server is not reachable or does not answer 200
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    String version(URI controlUrl) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(controlUrl.resolve("/version")).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered HTTP " + response.statusCode());
        }
        return response.body().trim();
    }
}
