package com.kugelpos.http.internal.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.internal.logging.HttpRequestLogger;
import com.kugelpos.http.internal.masking.Redactor;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.spi.TimeSource;
import com.kugelpos.http.spi.Transport;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * What every service channel of one {@code ServiceClients} shares: settings, clock, random sources,
 * JSON mapper, masking, logging, the event publisher, the I/O executor and the transport factory.
 * Immutable.
 *
 * @param jitter random numbers in [0, 1) for backoff jitter
 * @param random the random source of instance choice, trace ids and idempotency keys
 */
public record ClientContext(
        HttpClientSettings settings,
        TimeSource time,
        DoubleSupplier jitter,
        RandomGenerator random,
        ObjectMapper mapper,
        Redactor redactor,
        HttpRequestLogger requestLogger,
        EventPublisher events,
        Executor executor,
        Transport.Factory transports) {}
