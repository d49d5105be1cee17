package com.kugelpos.http.discovery;

import com.kugelpos.http.config.DeploymentEnvironment;
import com.kugelpos.http.config.EnvironmentSettings;
import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves a service from the variable {@code <NAME>_SERVICE_URL} ({@code master-data} reads
 * {@code MASTER_DATA_SERVICE_URL}), which holds one base URL or several separated by commas (one per
 * instance; blank entries are skipped, repeated ones refused). Without the variable, a service of
 * {@link KugelposServices} falls back to its Docker Compose name and port, e.g.
 * {@code http://master-data:8002}; in production ({@code KUGEL_ENV}) that fallback is refused,
 * since it is {@code http://}.
 *
 * <p>Reads a snapshot of the variables taken when it is created and parses on each call, so a bad
 * URL fails the calls to its service only. Immutable and thread-safe.
 */
public final class EnvironmentServiceResolver implements ServiceResolver {

    private static final String SUFFIX = "_SERVICE_URL";

    private final Map<String, String> urlVariables;
    private final DeploymentEnvironment environment;

    /**
     * Takes the {@code *_SERVICE_URL} and {@code KUGEL_ENV} variables; use {@link
     * ServiceResolver#fromEnvironment(Map)}.
     */
    EnvironmentServiceResolver(Map<String, String> variables) {
        this.environment = EnvironmentSettings.deploymentEnvironment(variables);
        Map<String, String> urls = new TreeMap<>();
        variables.forEach((name, value) -> {
            if (name.endsWith(SUFFIX) && value != null && !value.isBlank()) {
                urls.put(name, value);
            }
        });
        this.urlVariables = Map.copyOf(urls);
    }

    /** The variable that holds a service's URLs: {@code master-data} gives {@code MASTER_DATA_SERVICE_URL}. */
    public static String variableFor(String serviceName) {
        return ServiceNames.urlVariable(serviceName);
    }

    @Override
    public List<URI> resolve(String serviceName) {
        String variable = variableFor(serviceName);
        String value = urlVariables.get(variable);
        if (value != null) {
            return parseInstances(variable, value);
        }
        OptionalInt port = KugelposServices.defaultPort(serviceName);
        if (port.isEmpty()) {
            throw new UnknownServiceException(serviceName, knownNames(),
                    "Set " + variable + " to its base URL, such as http://" + serviceName + ":8000.");
        }
        URI fallback = URI.create("http://" + serviceName + ":" + port.getAsInt());
        if (environment == DeploymentEnvironment.PRODUCTION) {
            throw new InvalidSettingException(variable + " is not set, and the development fallback " + fallback
                    + " is http://, which production refuses; set " + variable + " to the service's https:// URL");
        }
        return List.of(fallback);
    }

    private List<URI> parseInstances(String variable, String value) {
        List<URI> instances = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                instances.add(ServiceUrls.parse(variable, entry, environment));
            }
        }
        if (instances.isEmpty()) {
            throw new InvalidSettingException(variable + "='" + value + "' names no URL; set one or more"
                    + " base URLs separated by commas, such as http://cart:8003");
        }
        return ServiceUrls.requireDistinct(variable, instances);
    }

    /** The Kugelpos services, then those named by a variable, for the message of an unknown name. */
    private Set<String> knownNames() {
        Set<String> names = new LinkedHashSet<>(KugelposServices.defaultPorts().keySet());
        for (String variable : urlVariables.keySet()) {
            String name = variable.substring(0, variable.length() - SUFFIX.length())
                    .toLowerCase(Locale.ROOT).replace('_', '-');
            names.add(name);
        }
        return names;
    }
}
