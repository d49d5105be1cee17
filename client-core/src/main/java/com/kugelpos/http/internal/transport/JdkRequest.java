package com.kugelpos.http.internal.transport;

import com.kugelpos.http.spi.TransportRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link TransportRequest} as the JDK client's {@link HttpRequest}, read where it stands: the JDK
 * copies the headers once when it sends, so none is copied into a request builder first. Checks on
 * creation what the JDK's request builder checks (URL, timeout, every header by {@link
 * JdkHeaderRules}), so a request the JDK would refuse fails on the caller's thread, before it is
 * handed to an I/O thread. Immutable.
 */
final class JdkRequest extends HttpRequest {

    /** Re-subscribable and stateless, as every request's publisher must be: one for every bodiless request. */
    private static final Optional<BodyPublisher> NO_BODY = Optional.of(BodyPublishers.noBody());

    private final TransportRequest request;
    private final Optional<Duration> timeout;

    /**
     * @throws IllegalArgumentException when the URL is not absolute http or https with a host, the
     *     timeout is not positive, or a header is one the JDK client refuses
     */
    JdkRequest(TransportRequest request, JdkHeaderRules rules) {
        requireSendable(request.uri());
        if (request.timeout().isNegative() || request.timeout().isZero()) {
            throw new IllegalArgumentException("The attempt's timeout must be positive, was " + request.timeout());
        }
        request.forEachHeader(rules::check);
        this.request = request;
        this.timeout = Optional.of(request.timeout());
    }

    private static void requireSendable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Cannot send to '" + uri.getScheme() + "://" + uri.getRawAuthority()
                    + "': the JDK client sends only to absolute http or https URLs with a host");
        }
    }

    @Override
    public Optional<BodyPublisher> bodyPublisher() {
        return request.hasBody() ? Optional.of(BodyPublishers.ofByteArray(request.body())) : NO_BODY;
    }

    @Override
    public String method() {
        return request.method().name();
    }

    @Override
    public Optional<Duration> timeout() {
        return timeout;
    }

    @Override
    public boolean expectContinue() {
        return false;
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    /** None of its own: the client's (HTTP/1.1) applies. */
    @Override
    public Optional<HttpClient.Version> version() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return request.headers();
    }
}
