package com.kugelpos.http.testing;

import ch.qos.logback.classic.Level;
import com.kugelpos.http.ServiceClients;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Captures the events of the request logger with a logback {@link ListAppender}; close to detach. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);
    private final Level previousLevel = logger.getLevel();
    private final boolean previousAdditivity = logger.isAdditive();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final PatternLayout layout = new PatternLayout();

    public LogCapture(Level level) {
        LoggerContext context = logger.getLoggerContext();
        appender.setContext(context);
        appender.start();
        layout.setContext(context);
        layout.setPattern("%level %logger - %msg%n");
        layout.start();
        logger.setLevel(level);
        logger.setAdditive(false);
        logger.addAppender(appender);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The formatted messages, as a log viewer shows them. */
    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
    }

    /** Everything the events render to through a real layout, as it would land in a log file. */
    public String rendered() {
        return appender.list.stream().map(layout::doLayout).collect(Collectors.joining());
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditivity);
        appender.stop();
        layout.stop();
    }
}
