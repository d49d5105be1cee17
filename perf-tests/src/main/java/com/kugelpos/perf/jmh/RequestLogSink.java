package com.kugelpos.perf.jmh;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.kugelpos.http.ServiceClients;
import java.io.OutputStream;
import org.slf4j.LoggerFactory;

/**
 * Turns client-core's request log lines on (INFO, formatted by a Logback pattern encoder and
 * written to a stream that drops the bytes) or off (WARN), so a benchmark pays for masking,
 * formatting and appending each line without filling a disk.
 */
final class RequestLogSink {

    private static final String APPENDER = "benchmark-sink";

    private RequestLogSink() {}

    /** Logs one line per attempt when {@code on}; logs only warnings otherwise. */
    static void configure(boolean on) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger(ServiceClients.LOGGER_NAME);
        logger.detachAppender(APPENDER);
        logger.setAdditive(!on);
        logger.setLevel(on ? Level.INFO : Level.WARN);
        if (on) {
            logger.addAppender(discardingAppender(context));
        }
    }

    private static OutputStreamAppender<ILoggingEvent> discardingAppender(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger - %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName(APPENDER);
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(OutputStream.nullOutputStream());
        appender.start();
        return appender;
    }
}
