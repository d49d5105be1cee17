package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import com.kugelpos.http.testing.TestServer.Seen;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CacheOutcome;
import com.kugelpos.http.event.ClientEventListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET responses through the response cache, against a real server and a fake clock. */
class ResponseCacheIT {

    private static final String PATH = "/api/v1/tenants/{t}/items/{code}";
    private static final RequestOptions ITEM = RequestOptions.builder().pathParams("T1", "4901234567890").build();
    private static final String BODY = "{\"success\":true,\"data\":{\"price\":120}}";

    private final TestServer server = new TestServer();
    private final FakeTimeSource time = new FakeTimeSource();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private ServiceClients clients() {
        return Clients.against(server.uri(), Clients.fastSettings().retry(r -> r.attempts(1)).build()).timeSource(time).build();
    }

    @Test
    void shouldAnswerFromTheCacheWhileTheResponseIsFresh() {
        server.replying(request -> Reply.json(200, BODY).withHeader("Cache-Control", "max-age=60"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);

            time.advance(Duration.ofSeconds(59));
            ServiceResponse cached = client.getBlocking(PATH, ITEM);

            assertThat(cached.statusCode()).isEqualTo(200);
            assertThat(cached.bodyText()).isEqualTo(BODY);
            assertThat(server.requestCount()).isEqualTo(1);
            time.advance(Duration.ofSeconds(1));
            client.getBlocking(PATH, ITEM);
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void shouldRevalidateWithTheETagAndReuseTheBodyWhenTheServerAnswers304() {
        server.replying(request -> "\"v1\"".equals(request.headers().get("If-None-Match"))
                ? new Reply(304, Map.of("ETag", "\"v1\""), new byte[0], Duration.ZERO)
                : Reply.json(200, BODY).withHeader("ETag", "\"v1\"").withHeader("Cache-Control", "no-cache"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);

            ServiceResponse revalidated = client.getBlocking(PATH, ITEM);

            assertThat(revalidated.statusCode()).isEqualTo(200);
            assertThat(revalidated.bodyText()).isEqualTo(BODY);
            assertThat(revalidated.header("ETag")).contains("\"v1\"");
            assertThat(server.seen()).extracting(seen -> seen.headers().get("If-None-Match")).containsExactly(null, "\"v1\"");
        }
    }

    @Test
    void shouldReplaceTheEntryWhenTheResourceChanged() {
        server.replyingInTurn(
                Reply.json(200, BODY).withHeader("ETag", "\"v1\""),
                Reply.json(200, "{\"price\":150}").withHeader("ETag", "\"v2\""),
                new Reply(304, Map.of("ETag", "\"v2\""), new byte[0], Duration.ZERO));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);
            client.getBlocking(PATH, ITEM);

            ServiceResponse third = client.getBlocking(PATH, ITEM);

            assertThat(third.bodyText()).isEqualTo("{\"price\":150}");
            assertThat(server.seen()).extracting(seen -> seen.headers().get("If-None-Match"))
                    .containsExactly(null, "\"v1\"", "\"v2\"");
        }
    }

    @Test
    void shouldNeverStoreAResponseMarkedNoStore() {
        server.replying(request -> Reply.json(200, BODY).withHeader("Cache-Control", "no-store, max-age=60")
                .withHeader("ETag", "\"v1\""));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();

            client.getBlocking(PATH, ITEM);
            client.getBlocking(PATH, ITEM);

            assertThat(server.seen()).extracting(seen -> seen.headers().get("If-None-Match")).containsExactly(null, null);
        }
    }

    @Test
    void shouldNotCacheWhenTheClientDidNotTurnTheCacheOn() {
        server.replying(request -> Reply.json(200, BODY).withHeader("Cache-Control", "max-age=60"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data");

            client.getBlocking(PATH, ITEM);
            client.getBlocking(PATH, ITEM);

            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void shouldAnswerAFreshEntryEvenWhileTheBreakerIsOpen() {
        server.replying(request -> request.pathAndQuery().contains("4901234567890")
                ? Reply.json(200, BODY).withHeader("Cache-Control", "max-age=600")
                : Reply.json(500, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);
            for (int i = 0; i < 3; i++) {
                client.get(PATH, RequestOptions.builder().pathParams("T1", "other").build()).exceptionally(e -> null).join();
            }
            assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);

            assertThat(client.getBlocking(PATH, ITEM).bodyText()).isEqualTo(BODY);
        }
    }

    @Test
    void shouldKeepEntriesOfDifferentCredentialsApart() {
        server.replying(request -> Reply.json(200, "{\"key\":\"" + request.headers().get("X-API-KEY") + "\"}")
                .withHeader("Cache-Control", "max-age=60"));
        try (ServiceClients clients = clients()) {
            ServiceClient shop1 = clients.client("master-data").withResponseCache().withCredentials(Credentials.apiKey("key-1"));
            ServiceClient shop2 = clients.client("master-data").withResponseCache().withCredentials(Credentials.apiKey("key-2"));

            shop1.getBlocking(PATH, ITEM);
            ServiceResponse second = shop2.getBlocking(PATH, ITEM);

            assertThat(second.bodyText()).contains("key-2");
            assertThat(server.seen()).extracting(Seen::pathAndQuery).hasSize(2);
        }
    }

    @Test
    void shouldAnswerStaleInPlaceOfA503WithinTheStaleIfErrorWindow() {
        server.replyingInTurn(Reply.json(200, BODY).withHeader("Cache-Control", "max-age=10, stale-if-error=60"),
                Reply.json(503, "{}"), Reply.json(503, "{}"));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);
            time.advance(Duration.ofSeconds(11));

            ServiceResponse stale = client.getBlocking(PATH, ITEM);

            assertThat(stale.isStale()).isTrue();
            assertThat(stale.bodyText()).isEqualTo(BODY);
            assertThat(server.requestCount()).isEqualTo(2);
            time.advance(Duration.ofSeconds(60));
            assertThatThrownBy(() -> client.getBlocking(PATH, ITEM)).isInstanceOf(HttpClientError.class)
                    .extracting(e -> ((HttpClientError) e).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void shouldAnswerStaleWithoutARequestWhileTheBreakerIsOpen() {
        server.replying(request -> request.pathAndQuery().contains("4901234567890")
                ? Reply.json(200, BODY)
                : Reply.json(500, "{}"));
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().retry(r -> r.attempts(1))
                .responseCache(c -> c.staleIfError(Duration.ofMinutes(5))).build()).timeSource(time).build()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);
            for (int i = 0; i < 3; i++) {
                client.get(PATH, RequestOptions.builder().pathParams("T1", "other").build()).exceptionally(e -> null).join();
            }
            assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);

            ServiceResponse stale = client.getBlocking(PATH, ITEM);

            assertThat(stale.isStale()).isTrue();
            assertThat(server.requestCount()).isEqualTo(4);
        }
    }

    @Test
    void shouldAnswerStaleWhileOneBackgroundRequestRevalidates() throws Exception {
        server.replyingInTurn(
                Reply.json(200, BODY).withHeader("ETag", "\"v1\"").withHeader("Cache-Control", "max-age=1, stale-while-revalidate=30"),
                new Reply(304, Map.of("ETag", "\"v1\"", "Cache-Control", "max-age=60"), new byte[0], Duration.ofMillis(200)));
        CompletableFuture<CacheOutcome> revalidated = new CompletableFuture<>();
        ClientEventListener listener = new ClientEventListener() {
            @Override
            public void onCacheLookup(CacheEvent event) {
                if (event.outcome() == CacheOutcome.REVALIDATED) {
                    revalidated.complete(event.outcome());
                }
            }
        };
        try (ServiceClients clients = Clients.against(server.uri(), Clients.fastSettings().retry(r -> r.attempts(1)).build())
                .timeSource(time).listener(listener).build()) {
            ServiceClient client = clients.client("master-data").withResponseCache();
            client.getBlocking(PATH, ITEM);
            time.advance(Duration.ofSeconds(2));

            ServiceResponse stale = client.getBlocking(PATH, ITEM);
            ServiceResponse alsoStale = client.getBlocking(PATH, ITEM);
            revalidated.get(5, TimeUnit.SECONDS);

            assertThat(stale.isStale()).isTrue();
            assertThat(alsoStale.isStale()).isTrue();
            assertThat(alsoStale.bodyText()).isEqualTo(BODY);
            assertThat(client.getBlocking(PATH, ITEM).isStale()).isFalse();
            assertThat(server.seen()).extracting(seen -> seen.headers().get("If-None-Match")).containsExactly(null, "\"v1\"");
        }
    }

    @Test
    void shouldSendOneRequestForIdenticalConcurrentGets() {
        server.replying(request -> Reply.json(200, BODY).after(Duration.ofMillis(300)));
        try (ServiceClients clients = clients()) {
            ServiceClient client = clients.client("master-data").withResponseCache();

            List<CompletableFuture<ServiceResponse>> gets = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                gets.add(client.get(PATH, ITEM));
            }

            assertThat(gets).allSatisfy(get -> assertThat(get.join().bodyText()).isEqualTo(BODY));
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }
}
