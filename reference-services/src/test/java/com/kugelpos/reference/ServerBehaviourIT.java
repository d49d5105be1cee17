package com.kugelpos.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.stats.StatsSnapshot;
import com.kugelpos.reference.testing.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input, limits, admin endpoints and connection statistics, on a fresh master-data per test. */
class ServerBehaviourIT {

    private static final String ITEM = "/api/v1/tenants/T1/stores/S1/items/ITEM1/details?" + Http.TERMINAL_1;
    private static final String ITEM_ROUTE = "GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details";

    private ReferenceServices services;
    private Http masterData;
    private Http admin;

    @BeforeEach
    void start() {
        services = ReferenceServices.start(Service.MASTER_DATA);
        admin = Http.to(services.url(Service.MASTER_DATA));
        masterData = admin.apiKey();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private void assertStillServes() {
        assertThat(masterData.get(ITEM).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404EnvelopeWhenPathUnknownThenKeepServing() {
        Http.Reply reply = masterData.get("/api/v1/nowhere");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("success").asBoolean()).isFalse();
        assertThat(reply.errorCode()).isEqualTo("100001");
        assertStillServes();
    }

    @Test
    void shouldAnswer405EnvelopeWithAllowWhenMethodUnknownThenKeepServing() {
        Http.Reply reply = masterData.send("DELETE", ITEM, null);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.errorCode()).isEqualTo("100005");
        assertThat(reply.headers().get("allow")).containsExactly("GET");
        assertStillServes();
    }

    @Test
    void shouldAnswer422WhenJsonMalformedThenKeepServing() {
        Http.Reply reply = admin.bearer(services.tokens().userToken("T9", "admin", false))
                .post("/api/v1/tenants", "{\"tenant_id\": ");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("user_error").path("code").asText()).isEqualTo("300001");
        assertStillServes();
    }

    @Test
    void shouldAnswer422WhenFieldHasWrongTypeThenKeepServing() {
        Http.Reply reply = admin.bearer(services.tokens().userToken("T9", "admin", false))
                .post("/api/v1/tenants", "{\"tenant_id\": 9}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).contains("tenant_id must be a string");
        assertStillServes();
    }

    @Test
    void shouldAnswer413WhenBodyOverLimitThenKeepServing() throws IOException {
        // A raw socket declares 2 MiB and sends none of it: the answer must come from the declared
        // length alone. (A client that streams the body races the server's early close and may
        // see a reset instead of the 413 it was sent.)
        int port = services.url(Service.MASTER_DATA).getPort();
        String token = services.tokens().userToken("T9", "admin", false);
        String response;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"100006\"");
        assertStillServes();
    }

    @Test
    void shouldAnswer413WhenChunkedBodyOverLimitThenKeepServing() throws IOException {
        int port = services.url(Service.MASTER_DATA).getPort();
        String status;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        }

        assertThat(status).isEqualTo("HTTP/1.1 413");
        assertStillServes();
    }

    @Test
    void shouldCountRequestsByTemplateAndStatusWhenServed() {
        masterData.get(ITEM);
        masterData.get(ITEM);
        masterData.get("/api/v1/tenants/T1/stores/S1/items/NOPE/details?" + Http.TERMINAL_1);

        StatsSnapshot stats = StatsSnapshot.fromJson(admin.get("/_admin/stats").json());

        assertThat(stats.service()).isEqualTo("master-data");
        assertThat(stats.requestCount(ITEM_ROUTE, 200)).isEqualTo(2);
        assertThat(stats.requestCount(ITEM_ROUTE, 404)).isEqualTo(1);
        assertThat(stats.connectionsAccepted()).isGreaterThanOrEqualTo(1);
        assertThat(services.stats(Service.MASTER_DATA).requestCount(ITEM_ROUTE)).isEqualTo(3);
    }

    @Test
    void shouldResetCountersButKeepDataWhenReset() {
        String token = services.tokens().userToken("T7", "admin", false);
        admin.bearer(token).post("/api/v1/tenants", "{\"tenant_id\":\"T7\"}");
        masterData.get(ITEM);

        assertThat(admin.post("/_admin/reset", null).status()).isEqualTo(200);

        StatsSnapshot afterReset = services.stats(Service.MASTER_DATA);
        assertThat(afterReset.totalRequests()).isZero();
        assertThat(afterReset.recordsCreated("tenant")).isZero();
        assertStillServes();
        assertThat(admin.bearer(token).post("/api/v1/tenants", "{\"tenant_id\":\"T7\"}").status()).isEqualTo(201);
        assertThat(services.stats(Service.MASTER_DATA).recordsCreated("tenant")).isZero();
    }

    @Test
    void shouldTrackOpenAndMaxConnectionsWhenSeveralSocketsConnect() throws IOException {
        services.resetStats(Service.MASTER_DATA);
        int port = services.url(Service.MASTER_DATA).getPort();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                sockets.add(socket);
                socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                        .isEqualTo("HTTP/1.1 200");
            }

            StatsSnapshot stats = services.stats(Service.MASTER_DATA);

            assertThat(stats.connectionsOpen()).isGreaterThanOrEqualTo(3);
            assertThat(stats.connectionsMaxOpen()).isGreaterThanOrEqualTo(3);
            assertThat(stats.connectionsAccepted()).isGreaterThanOrEqualTo(3);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void shouldDelayThenForceStatusWhenBehaviourSet() {
        Http.Reply set = admin.post("/_admin/behaviour",
                "{\"method\":\"GET\",\"pathPrefix\":\"/api/v1/tenants/T1/stores\",\"delayMs\":300,\"status\":503,\"times\":1}");
        long start = System.nanoTime();

        Http.Reply forced = masterData.get(ITEM);

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(set.status()).isEqualTo(200);
        assertThat(forced.status()).isEqualTo(503);
        assertThat(forced.errorCode()).isEqualTo("100900");
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
        assertStillServes();
    }

    @Test
    void shouldStopBehavingWhenBehavioursDeleted() {
        admin.post("/_admin/behaviour", "{\"pathPrefix\":\"/api/v1\",\"status\":500}");
        assertThat(masterData.get(ITEM).status()).isEqualTo(500);

        assertThat(admin.send("DELETE", "/_admin/behaviour", null).json().path("rules")).isEmpty();

        assertStillServes();
    }

    @Test
    void shouldHoldEachRequestForTheServiceTimeWhileCapacityIsLimitedUntilItIsRemoved() {
        Http.Reply set = admin.post("/_admin/capacity", "{\"slots\":1,\"serviceTimeMs\":200}");
        long start = System.nanoTime();

        Http.Reply held = masterData.get(ITEM);

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("limited").asBoolean()).isTrue();
        assertThat(set.json().path("slots").asInt()).isEqualTo(1);
        assertThat(set.json().path("serviceTimeMs").asInt()).isEqualTo(200);
        assertThat(held.status()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
        assertThat(admin.get("/_admin/capacity").json().path("busy").asInt()).isZero();

        Http.Reply removed = admin.send("DELETE", "/_admin/capacity", null);

        assertThat(removed.json().path("limited").asBoolean()).isFalse();
        assertThat(services.capacity(Service.MASTER_DATA).current()).isEmpty();
        assertStillServes();
    }

    @Test
    void shouldAnswer422NamingTheFieldWhenTheCapacityIsOutOfRange() {
        Http.Reply reply = admin.post("/_admin/capacity", "{\"slots\":0,\"serviceTimeMs\":40}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("message").asText()).contains("slots must be 1 to 10000, was 0");
        assertThat(services.capacity(Service.MASTER_DATA).current()).isEmpty();
        assertStillServes();
    }

    @Test
    void shouldAnswerHealthWithoutCredentials() {
        Http.Reply reply = admin.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("healthy");
        assertThat(reply.json().path("service").asText()).isEqualTo("master-data");
    }
}
