package com.kugelpos.http.internal.transport;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK HTTP client's keep-alive pool: how many idle connections each client keeps ({@code
 * jdk.httpclient.connectionPoolSize}) and how long an idle one is kept ({@code
 * jdk.httpclient.keepalive.timeout}, seconds; the JDK's own default is 1200 s, far longer than
 * servers keep them, so a request could go out on a connection the server is closing). Java 17 reads
 * both once per JVM, so they are set here before the first channel opens, unless the operator set
 * them already; each is logged as process-wide ({@link JvmNetProperty}).
 */
public final class KeepAlivePool {

    static final JvmNetProperty POOL_SIZE = new JvmNetProperty("jdk.httpclient.connectionPoolSize", "keep-alive setting");
    static final JvmNetProperty TIMEOUT = new JvmNetProperty("jdk.httpclient.keepalive.timeout",
            "keep-alive timeout setting (seconds)");

    private static final Logger LOG = LoggerFactory.getLogger(KeepAlivePool.class);

    private KeepAlivePool() {}

    /** Sets the JVM-wide idle-connection cap per client and the idle timeout, where nobody has. */
    public static void configure(int maxKeepAlive, Duration keepAliveTimeout) {
        POOL_SIZE.apply(Integer.toString(maxKeepAlive), LOG);
        TIMEOUT.apply(Long.toString(keepAliveTimeout.getSeconds()), LOG);
    }
}
