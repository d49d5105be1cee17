package com.kugelpos.http.internal.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The re-sends the JDK HTTP client makes on its own, unseen by the client's attempts, events,
 * metrics and retry budget (Java 17, {@code jdk.internal.net.http.MultiExchange}, read once per JVM):
 *
 * <ul>
 *   <li>a failed connect ({@code ConnectException}) is tried once more, for every method, unless
 *       {@code jdk.httpclient.disableRetryConnect} is true. The client sets it to true: a refused
 *       connection then comes back at once as never sent, and the client retries it on another
 *       instance, counted. Process-wide: every JDK HTTP client in the JVM stops its silent
 *       re-connect.
 *   <li>a request on a reused connection that closes before the first response byte ({@code
 *       ConnectionExpiredException}) is sent once more if it is a GET or HEAD, or for every method
 *       when {@code jdk.httpclient.enableAllMethodRetry} is set. No property switches the GET
 *       re-send off; the keep-alive timeout below the servers' ({@link KeepAlivePool}) makes it
 *       rare. The client warns when {@code enableAllMethodRetry} is set, since the JDK would then
 *       replay a POST without an {@code Idempotency-Key}.
 * </ul>
 */
public final class HiddenResends {

    static final JvmNetProperty RETRY_CONNECT_OFF = new JvmNetProperty("jdk.httpclient.disableRetryConnect",
            "counting of every connect as an attempt");
    static final String ALL_METHOD_RETRY = "jdk.httpclient.enableAllMethodRetry";

    private static final Logger LOG = LoggerFactory.getLogger(HiddenResends.class);

    private HiddenResends() {}

    /** Switches the JDK's silent re-connect off and warns if the JDK may replay any method. */
    public static void configure() {
        RETRY_CONNECT_OFF.apply("true", LOG);
        String allMethods = System.getProperty(ALL_METHOD_RETRY);
        if (allMethods != null && (allMethods.isEmpty() || Boolean.parseBoolean(allMethods))) {
            LOG.warn("{} is set in this JVM: the JDK re-sends any request, POST included, when a kept-alive"
                    + " connection closes before the answer, unseen by the client; remove it, or send every"
                    + " POST with an Idempotency-Key", ALL_METHOD_RETRY);
        }
    }
}
