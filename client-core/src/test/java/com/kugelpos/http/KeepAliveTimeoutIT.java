package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.ConnectionPoolSettings;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that closes idle keep-alive connections after 5 s, like uvicorn: the client
 * closes its idle connection first, at its keep-alive timeout, so the next POST goes out on a new
 * connection and never on one the server is closing. Real time: two to five seconds.
 */
class KeepAliveTimeoutIT {

    private static final Duration SERVER_IDLE = Duration.ofSeconds(5);
    private static final Duration CLIENT_IDLE = ConnectionPoolSettings.DEFAULT_KEEP_ALIVE_TIMEOUT;
    private static final String JOURNAL = "/api/v1/tenants/T1/journals";

    private final TestServer server = new TestServer().closingIdleConnectionsAfter(SERVER_IDLE);

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void shouldCloseAnIdleConnectionBeforeTheServerDoesAndSendTheNextPostOnANewOne() {
        try (ServiceClients clients = Clients.against(server.uri(), s -> s)) {
            ServiceClient client = clients.client("master-data");
            assertThat(System.getProperty("jdk.httpclient.keepalive.timeout"))
                    .as("the default keep-alive timeout, set process-wide").isEqualTo(Long.toString(CLIENT_IDLE.getSeconds()));

            assertThat(client.post(JOURNAL, "{\"n\":1}").join().statusCode()).isEqualTo(200);
            long idleSince = System.nanoTime();
            Awaitility.await().atMost(SERVER_IDLE.plusSeconds(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> server.openConnections() == 0);
            Duration idle = Duration.ofNanos(System.nanoTime() - idleSince);
            System.out.println("KEEP-ALIVE figure: the idle connection was closed after " + idle.toMillis() + " ms");

            // the JDK keeps time of idle connections in whole seconds, so it may close one up to a second
            // early, and closes it when its selector next wakes, up to about a second late (2.3 s measured
            // for a 4 s timeout on Java 25)
            assertThat(idle).as("closed by the client at its keep-alive timeout, before the server's")
                    .isBetween(CLIENT_IDLE.minusMillis(1_500), SERVER_IDLE.minusMillis(500));
            assertThat(client.post(JOURNAL, "{\"n\":2}").join().statusCode()).isEqualTo(200);
            assertThat(server.acceptedConnections()).isEqualTo(2);
        }
    }
}
