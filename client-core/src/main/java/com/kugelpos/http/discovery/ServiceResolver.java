package com.kugelpos.http.discovery;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Finds the base URLs of a service's instances, as OkHttp's {@code Dns} finds the addresses of a
 * host. The client asks before each call, so implementations must be fast and thread-safe.
 *
 * <p>A base URL is absolute ({@code http} or {@code https}, host, optional port and base path),
 * with no query, fragment or user-info, and never ends with {@code /}; see {@link ServiceUrls}.
 */
@FunctionalInterface
public interface ServiceResolver {

    /**
     * The base URLs of the service's instances.
     *
     * @param serviceName lower-case letters, digits and '-', such as {@code master-data}
     * @return one or more base URLs, unmodifiable
     * @throws UnknownServiceException when the resolver knows no such service
     * @throws IllegalArgumentException when the name is not a valid service name, or (as {@link
     *     com.kugelpos.http.config.InvalidSettingException}) when the service's configured URL is invalid
     */
    List<URI> resolve(String serviceName);

    /**
     * Resolves from the process environment: {@code <NAME>_SERVICE_URL}, else the Docker Compose
     * name and port; {@code KUGEL_ENV=production} refuses {@code http://}.
     *
     * @see EnvironmentServiceResolver
     */
    static ServiceResolver fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Resolves from the given variables, as {@link #fromEnvironment()} does from the process's.
     *
     * @throws com.kugelpos.http.config.InvalidSettingException when {@code KUGEL_ENV} is invalid
     */
    static ServiceResolver fromEnvironment(Map<String, String> variables) {
        return new EnvironmentServiceResolver(variables);
    }

    /**
     * Resolves from a fixed table of service name to base URLs, validated now as environment
     * values are (development rules: {@code http://} is allowed).
     *
     * @throws IllegalArgumentException naming the first invalid service name or URL
     */
    static ServiceResolver fixed(Map<String, List<URI>> table) {
        return new FixedServiceResolver(table);
    }
}
