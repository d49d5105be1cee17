package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.spi.TransportRequest;
import com.kugelpos.http.spi.TransportResponse;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkTransportIT {

    private final TestServer server = new TestServer();
    private final ExecutorService pool = Executors.newCachedThreadPool();
    /** One entry per exchange that ended on an I/O thread: whether that thread was left interrupted. */
    private final BlockingQueue<Boolean> interruptedAfterExchange = new LinkedBlockingQueue<>();
    private volatile CountDownLatch exchangesHeld = new CountDownLatch(0);
    private final Executor io = task -> pool.execute(task instanceof BlockingExchange ? () -> {
        awaitQuietly(exchangesHeld);
        task.run();
        interruptedAfterExchange.add(Thread.currentThread().isInterrupted());
    } : task);
    private final Transport transport = JdkTransport.factory().create("master-data", HttpClientSettings.defaults(), io);

    @AfterEach
    void tearDown() throws Exception {
        transport.close();
        pool.shutdownNow();
        server.close();
    }

    @Test
    void shouldSendOnTheIoExecutorAndNotOnTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        CompletableFuture<Thread> completedOn = transport.send(get("/ok"))
                .thenApply(response -> Thread.currentThread());

        assertThat(completedOn.get(10, TimeUnit.SECONDS)).isNotSameAs(caller);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldAnswerWithStatusHeadersAndBody() throws Exception {
        server.replying(request -> Reply.json(404, "{\"message\":\"no such item\"}"));

        TransportResponse response = transport.send(get("/missing")).get(10, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("content-type")).contains("application/json");
        assertThat(new String(response.body())).contains("no such item");
    }

    @Test
    void shouldAbortTheExchangeAndFreeTheThreadWhenTheFutureIsCancelled() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        server.replying(request -> {
            received.countDown();
            return Reply.ok().after(Duration.ofSeconds(30));
        });
        CompletableFuture<TransportResponse> slow = transport.send(get("/slow"));
        assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

        slow.cancel(true);

        assertThat(interruptedAfterExchange.poll(10, TimeUnit.SECONDS))
                .as("the blocked send ended long before the 30 s answer, and left no interrupt behind").isFalse();
        assertThat(slow).isCancelled();
    }

    @Test
    void shouldNotSendAnExchangeCancelledBeforeItStarted() throws Exception {
        exchangesHeld = new CountDownLatch(1);
        CompletableFuture<TransportResponse> queued = transport.send(get("/never"));

        queued.cancel(true);
        exchangesHeld.countDown();

        assertThat(interruptedAfterExchange.poll(10, TimeUnit.SECONDS)).isFalse();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldFailWithTheIoErrorWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TransportRequest refused = new TransportRequest(HttpMethod.GET, URI.create("http://127.0.0.1:" + closedPort + "/"),
                HttpHeaders.of(Map.of(), (name, value) -> true), null, Duration.ofSeconds(20));

        assertThat(transport.send(refused)).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(ConnectException.class);
    }

    @Test
    void shouldSendEveryHeaderValueAndTheBody() throws Exception {
        TransportRequest post = TransportRequest.of(HttpMethod.POST, URI.create(server.uri() + "/carts"),
                new TreeMap<>(Map.of("Content-Type", List.of("application/json"), "X-Tag", List.of("a", "b"))),
                "{\"items\":1}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));

        assertThat(transport.send(post).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);

        TestServer.Seen seen = server.seen().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo("{\"items\":1}");
        assertThat(seen.headers()).containsEntry("Content-Type", "application/json");
        assertThat(seen.headers()).containsEntry("X-Tag", "a, b");
    }

    @Test
    void shouldRefuseAHeaderTheJdkSetsItselfOnTheCallersThreadBeforeSending() {
        TransportRequest withHost = TransportRequest.of(HttpMethod.GET, URI.create(server.uri() + "/ok"),
                Map.of("Host", List.of("elsewhere")), null, Duration.ofSeconds(20));

        assertThatThrownBy(() -> transport.send(withHost))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldRefuseAUrlThatIsNotHttpBeforeSending() {
        TransportRequest ftp = TransportRequest.of(HttpMethod.GET, URI.create("ftp://127.0.0.1/file"), Map.of(),
                null, Duration.ofSeconds(20));

        assertThatThrownBy(() -> transport.send(ftp))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://127.0.0.1");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TransportRequest get(String path) {
        return new TransportRequest(HttpMethod.GET, URI.create(server.uri() + path),
                HttpHeaders.of(Map.of(), (name, value) -> true), null, Duration.ofSeconds(20));
    }
}
