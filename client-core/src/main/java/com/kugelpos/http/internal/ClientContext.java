package com.kugelpos.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.logging.HttpRequestLogger;
import com.kugelpos.http.logging.Redactor;
import com.kugelpos.http.metrics.ClientEventListener;
import com.kugelpos.http.time.TimeSource;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/**
 * What every service channel of one {@code ServiceClients} shares: settings, clock, jitter source,
 * JSON mapper, masking, logging, listeners and the I/O executor. Immutable.
 *
 * @param jitter random numbers in [0, 1) for backoff jitter
 */
public record ClientContext(
        HttpClientSettings settings,
        TimeSource time,
        DoubleSupplier jitter,
        ObjectMapper mapper,
        Redactor redactor,
        HttpRequestLogger requestLogger,
        ClientEventListener listener,
        Executor executor) {}
