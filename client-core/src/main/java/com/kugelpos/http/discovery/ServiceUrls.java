package com.kugelpos.http.discovery;

import com.kugelpos.http.config.DeploymentEnvironment;
import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates and normalises the base URL of a service instance.
 *
 * <p>A base URL is absolute {@code http} or {@code https} with a host, an optional port and an
 * optional base path; it has no query, no fragment and no user-info (credentials in URLs are
 * refused and never echoed). The result has a lower-case scheme and no trailing slash, so a
 * request path is appended as {@code base + "/api/v1/..."}. In production {@code http://} is
 * refused. Errors are {@link InvalidSettingException}s naming the source (the variable) and the
 * value. Stateless.
 */
public final class ServiceUrls {

    /** Everything between {@code scheme://} (if any) and an {@code @} in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#]*@");

    private ServiceUrls() {}

    /**
     * Parses one base URL.
     *
     * @param source what the value came from, e.g. {@code CART_SERVICE_URL}; named in errors
     * @param value the URL text; surrounding white space is ignored
     * @param environment production refuses {@code http://}
     * @return the normalised URL
     * @throws InvalidSettingException naming the source, the value and what is allowed
     */
    public static URI parse(String source, String value, DeploymentEnvironment environment) {
        String text = value.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // the cause would repeat the raw value, credentials included: keep only its reason
            throw invalid(source, text, "is not a valid URL (" + e.getReason() + " at index " + e.getIndex()
                    + "); use an absolute URL such as http://cart:8003");
        }
        return validate(source, uri, environment);
    }

    /**
     * Validates one base URL given as a {@link URI}.
     *
     * @param source what the value came from; named in errors
     * @return the normalised URL
     * @throws InvalidSettingException naming the source, the value and what is allowed
     */
    public static URI validate(String source, URI uri, DeploymentEnvironment environment) {
        Objects.requireNonNull(uri, () -> source + " has a null URL");
        String text = uri.toString();
        if (USER_INFO.matcher(text).find()) {
            throw invalid(source, text, "contains credentials; remove them from the URL and configure"
                    + " authentication separately");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(source, text, "is not an absolute http:// or https:// URL; use one such as http://cart:8003");
        }
        if (uri.getHost() == null) {
            throw invalid(source, text, "has no valid host; use a host name of letters, digits, '-' and '.'"
                    + " (no '_'), such as http://cart:8003");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw invalid(source, text, "has port " + uri.getPort() + "; use a port from 1 to 65535");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(source, text, "has a query or fragment; give the base URL only, such as http://cart:8003");
        }
        if (environment == DeploymentEnvironment.PRODUCTION && scheme.equals("http")) {
            throw invalid(source, text, "uses http://, which production refuses; use an https:// URL");
        }
        String path = uri.getRawPath().replaceFirst("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * Returns the instances as an unmodifiable list if none is listed twice.
     *
     * @throws InvalidSettingException naming the source and the repeated URL
     */
    static List<URI> requireDistinct(String source, List<URI> instances) {
        Set<URI> seen = new LinkedHashSet<>();
        for (URI instance : instances) {
            if (!seen.add(instance)) {
                throw new InvalidSettingException(source + " lists " + instance
                        + " more than once; name each instance once");
            }
        }
        return List.copyOf(instances);
    }

    private static InvalidSettingException invalid(String source, String value, String problem) {
        String shown = USER_INFO.matcher(value).replaceFirst("$1****@");
        return new InvalidSettingException(source + "='" + shown + "' " + problem);
    }
}
