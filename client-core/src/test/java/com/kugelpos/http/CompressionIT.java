package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import com.kugelpos.http.testing.TestServer.Seen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Brotli responses decoded, and large request bodies gzip-compressed when that is on. */
class CompressionIT {

    private static final String ITEM = "{\"success\":true,\"code\":200,\"data\":{\"itemCode\":\"4901234567890\"}}";
    private static final String LARGE_BODY = "{\"lines\":\"" + "x".repeat(2000) + "\"}";

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldAdvertiseAndDecodeBrotliWhenTheServerAnswersWithBr() throws IOException {
        Brotli4jLoader.ensureAvailability();
        byte[] compressed = Encoder.compress(ITEM.getBytes(StandardCharsets.UTF_8));
        server.replying(request -> new Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "br"),
                compressed, Duration.ZERO));
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {

            ServiceResponse response = clients.client("master-data").getBlocking("/api/v1/items/1", RequestOptions.none());

            assertThat(response.bodyText()).isEqualTo(ITEM);
            assertThat(server.seen().get(0).headers()).containsEntry("Accept-Encoding", "gzip, br");
        }
    }

    @Test
    void shouldGzipALargeRequestBodyWhenItReachesTheThreshold() throws IOException {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b.request(r -> r.gzipMinBytes(1024)))) {

            clients.client("master-data").postBlocking("/api/v1/carts", LARGE_BODY, RequestOptions.none());

            Seen seen = server.seen().get(0);
            assertThat(seen.headers()).containsEntry("Content-Encoding", "gzip");
            assertThat(seen.rawBody().length).isLessThan(LARGE_BODY.length() / 10);
            assertThat(gunzip(seen.rawBody())).isEqualTo(LARGE_BODY);
        }
    }

    @Test
    void shouldSendASmallBodyAsItIsWhenItIsBelowTheThreshold() {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b.request(r -> r.gzipMinBytes(1024)))) {

            clients.client("master-data").postBlocking("/api/v1/carts", "{\"small\":true}", RequestOptions.none());

            Seen seen = server.seen().get(0);
            assertThat(seen.headers()).doesNotContainKey("Content-Encoding");
            assertThat(seen.body()).isEqualTo("{\"small\":true}");
        }
    }

    @Test
    void shouldNeverCompressRequestBodiesByDefault() {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {

            clients.client("master-data").postBlocking("/api/v1/carts", LARGE_BODY, RequestOptions.none());

            assertThat(server.seen().get(0).headers()).doesNotContainKey("Content-Encoding");
            assertThat(server.seen().get(0).body()).isEqualTo(LARGE_BODY);
        }
    }

    private static String gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
