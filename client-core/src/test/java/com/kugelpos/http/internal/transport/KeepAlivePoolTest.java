package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class KeepAlivePoolTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(KeepAlivePool.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level levelBefore = logger.getLevel();
    private String before;

    @BeforeEach
    void captureTheLogAndClearTheProperty() {
        before = System.clearProperty(KeepAlivePool.PROPERTY);
        appender.start();
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }

    @AfterEach
    void restore() {
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
        if (before == null) {
            System.clearProperty(KeepAlivePool.PROPERTY);
        } else {
            System.setProperty(KeepAlivePool.PROPERTY, before);
        }
    }

    @Test
    void shouldSayAtInfoThatThePropertyIsProcessWideWhenItSetsIt() {
        KeepAlivePool.configure(7);

        assertThat(System.getProperty(KeepAlivePool.PROPERTY)).isEqualTo("7");
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains("jdk.httpclient.connectionPoolSize=7", "process-wide");
        });
    }

    @Test
    void shouldWarnAndKeepTheValueWhenThePropertyHoldsAnotherOne() {
        System.setProperty(KeepAlivePool.PROPERTY, "5");

        KeepAlivePool.configure(7);
        KeepAlivePool.configure(5);

        assertThat(System.getProperty(KeepAlivePool.PROPERTY)).isEqualTo("5");
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("is already 5", "setting 7 does not apply");
        });
    }
}
