package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import org.junit.jupiter.api.Test;

/** A retry due at once ({@code Retry-After: 0}) is made and the call ends with the last answer. */
class ServiceClientZeroDelayRetryIT {

    @Test
    void shouldRetryAtOnceAndEndWithTheLastAnswerWhenRetryAfterIsZero() throws Exception {
        try (TestServer server = new TestServer().replying(r -> Reply.json(503, "{}").withHeader("Retry-After", "0"));
                ServiceClients clients = Clients.against(server.uri(), b -> b)) {
            ServiceClient client = clients.client("master-data");

            assertThatThrownBy(() -> client.getBlocking("/api/v1/items", RequestOptions.none()))
                    .isInstanceOfSatisfying(HttpClientError.class, e -> assertThat(e.statusCode()).isEqualTo(503));

            assertThat(server.requestCount()).isEqualTo(3);
        }
    }
}
