package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import com.kugelpos.http.testing.TestServer.Seen;
import com.kugelpos.http.tracing.TraceContext;
import com.kugelpos.http.tracing.TraceScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The remaining deadline and the W3C trace context travel with every attempt. */
class PropagationIT {

    private static final String PATH = "/api/v1/items";
    private static final String INCOMING = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final TestServer server = new TestServer();

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldSendTheTimeLeftForTheAttemptInTheDeadlineHeader() {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {

            clients.client("master-data").getBlocking(PATH, RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());

            long sent = Long.parseLong(server.seen().get(0).headers().get(Deadline.HEADER));
            assertThat(sent).isBetween(1_000L, 2_000L);
        }
    }

    @Test
    void shouldPassTheRestOfAnDeadlineOnWhenAServiceHonoursIt() throws Exception {
        try (TestServer downstream = new TestServer();
                ServiceClients clients = Clients.against(downstream.uri(), b -> b)) {
            ServiceClient masterData = clients.client("master-data");
            server.replying(request -> relay(masterData, request));
            try (ServiceClients callers = Clients.against(server.uri(), b -> b)) {

                callers.client("master-data").getBlocking(PATH, RequestOptions.builder().timeout(Duration.ofMillis(1500)).build());

                long received = Long.parseLong(server.seen().get(0).headers().get(Deadline.HEADER));
                long passedOn = Long.parseLong(downstream.seen().get(0).headers().get(Deadline.HEADER));
                assertThat(passedOn).isPositive().isLessThanOrEqualTo(received).isLessThanOrEqualTo(1500);
            }
        }
    }

    @Test
    void shouldFailWithoutCallingWhenTheDeadlineHasPassed() {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {
            RequestOptions.Builder options = RequestOptions.builder();
            Deadline.fromHeader("0").orElseThrow().applyTo(options);

            assertThatThrownBy(() -> clients.client("master-data").getBlocking(PATH, options.build()))
                    .isInstanceOf(DeadlineExceededException.class);
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void shouldStartATraceAndGiveEachAttemptItsOwnSpanWhenNoneIsGiven() {
        server.replyingInTurn(Reply.json(503, "{}").withHeader("Retry-After", "0"), Reply.ok());
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {

            clients.client("master-data").getBlocking(PATH, RequestOptions.none());

            List<TraceContext> sent = server.seen().stream()
                    .map(seen -> TraceContext.parse(seen.headers().get(TraceContext.HEADER)).orElseThrow())
                    .toList();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1).traceId()).isEqualTo(sent.get(0).traceId());
            assertThat(sent.get(1).spanId()).isNotEqualTo(sent.get(0).spanId());
        }
    }

    @Test
    void shouldJoinTheTraceOfTheCallsTraceparentHeader() {
        try (ServiceClients clients = Clients.against(server.uri(), b -> b)) {

            clients.client("master-data").getBlocking(PATH, RequestOptions.builder().header("traceparent", INCOMING).build());

            TraceContext sent = TraceContext.parse(server.seen().get(0).headers().get("traceparent")).orElseThrow();
            assertThat(sent.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(sent.spanId()).isNotEqualTo("00f067aa0ba902b7");
        }
    }

    @Test
    void shouldJoinTheCurrentTraceAndLogItsIdWithEveryRequestLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);
        Level previous = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        TraceContext incoming = TraceContext.parse(INCOMING).orElseThrow();
        try (ServiceClients clients = Clients.against(server.uri(), b -> b);
                TraceScope scope = incoming.makeCurrent()) {

            clients.client("master-data").getBlocking(PATH, RequestOptions.none());

            Seen seen = server.seen().get(0);
            TraceContext sent = TraceContext.parse(seen.headers().get("traceparent")).orElseThrow();
            assertThat(sent.traceId()).isEqualTo(incoming.traceId());
            ILoggingEvent line = appender.list.stream()
                    .filter(event -> event.getFormattedMessage().startsWith("HTTP GET")).findFirst().orElseThrow();
            assertThat(line.getMDCPropertyMap())
                    .containsEntry(TraceContext.TRACE_ID_KEY, incoming.traceId())
                    .containsEntry(TraceContext.SPAN_ID_KEY, sent.spanId());
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }
    }

    /** A service in the middle: reads the incoming deadline and gives the rest to its own call. */
    private static Reply relay(ServiceClient downstream, Seen request) {
        Optional<Deadline> deadline = Deadline.fromHeader(request.headers().get(Deadline.HEADER));
        RequestOptions.Builder options = RequestOptions.builder();
        deadline.ifPresent(d -> d.applyTo(options));
        return Reply.json(200, downstream.getBlocking(PATH, options.build()).bodyText());
    }
}
