package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class KeepAlivePoolTest {

    private static final List<String> PROPERTIES = List.of(KeepAlivePool.POOL_SIZE.name(), KeepAlivePool.TIMEOUT.name(),
            HiddenResends.RETRY_CONNECT_OFF.name(), HiddenResends.ALL_METHOD_RETRY);

    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(KeepAlivePool.class),
            (Logger) LoggerFactory.getLogger(HiddenResends.class));
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void captureTheLogAndClearTheProperties() {
        PROPERTIES.forEach(name -> before.put(name, System.clearProperty(name)));
        appender.start();
        loggers.forEach(logger -> {
            logger.setLevel(Level.INFO);
            logger.addAppender(appender);
        });
    }

    @AfterEach
    void restore() {
        loggers.forEach(logger -> {
            logger.detachAppender(appender);
            logger.setLevel(null);
        });
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void shouldSayAtInfoThatThePropertiesAreProcessWideWhenItSetsThem() {
        KeepAlivePool.configure(7, Duration.ofSeconds(4));

        assertThat(System.getProperty("jdk.httpclient.connectionPoolSize")).isEqualTo("7");
        assertThat(System.getProperty("jdk.httpclient.keepalive.timeout")).isEqualTo("4");
        assertThat(appender.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains("process-wide");
        });
        assertThat(appender.list.get(0).getFormattedMessage()).contains("jdk.httpclient.connectionPoolSize=7");
        assertThat(appender.list.get(1).getFormattedMessage()).contains("jdk.httpclient.keepalive.timeout=4");
    }

    @Test
    void shouldWarnAndKeepTheValueWhenThePropertyHoldsAnotherOne() {
        System.setProperty("jdk.httpclient.connectionPoolSize", "5");
        System.setProperty("jdk.httpclient.keepalive.timeout", "4");

        KeepAlivePool.configure(7, Duration.ofSeconds(4));
        KeepAlivePool.configure(5, Duration.ofSeconds(4));

        assertThat(System.getProperty("jdk.httpclient.connectionPoolSize")).isEqualTo("5");
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("is already 5", "setting 7 does not apply");
        });
    }

    @Test
    void shouldSwitchTheJdksSilentReconnectOffAndSayItIsProcessWide() {
        HiddenResends.configure();

        assertThat(System.getProperty("jdk.httpclient.disableRetryConnect")).isEqualTo("true");
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains("jdk.httpclient.disableRetryConnect=true", "process-wide");
        });
    }

    @Test
    void shouldWarnWhenTheJdkMayReplayEveryMethod() {
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "");

        HiddenResends.configure();

        assertThat(appender.list).filteredOn(event -> event.getLevel() == Level.WARN).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("jdk.httpclient.enableAllMethodRetry", "POST", "Idempotency-Key"));
    }
}
