package com.kugelpos.harness.run;

import java.util.regex.Pattern;

/**
 * A running provider to verify pacts against, from {@code --provider-url SERVICE=URL}.
 *
 * @param service one of {@link Parts#SERVICES}
 * @param url     its base URL
 */
public record ProviderUrl(String service, String url) {

    private static final Pattern HTTP_URL = Pattern.compile("^https?://[^/]+.*");

    /**
     * Parses {@code SERVICE=URL}.
     *
     * @throws UsageException if it has no {@code =}, names an unknown service or the URL is not http(s)
     */
    public static ProviderUrl parse(String entry) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            throw new UsageException("--provider-url takes SERVICE=URL, got '" + entry + "'");
        }
        String service = entry.substring(0, equals);
        String url = entry.substring(equals + 1);
        if (!Parts.SERVICES.contains(service)) {
            throw new UsageException("--provider-url: unknown service '" + service + "'; use one of "
                    + String.join(" ", Parts.SERVICES));
        }
        if (!HTTP_URL.matcher(url).matches()) {
            throw new UsageException("--provider-url: '" + url + "' for " + service + " is not an http:// or https:// URL");
        }
        return new ProviderUrl(service, url);
    }
}
