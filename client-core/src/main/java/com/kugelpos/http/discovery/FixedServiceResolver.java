package com.kugelpos.http.discovery;

import com.kugelpos.http.config.DeploymentEnvironment;
import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves from a table fixed at creation; see {@link ServiceResolver#fixed(Map)}. Immutable, thread-safe. */
final class FixedServiceResolver implements ServiceResolver {

    private final Map<String, List<URI>> table;

    FixedServiceResolver(Map<String, List<URI>> table) {
        Map<String, List<URI>> valid = new LinkedHashMap<>();
        table.forEach((serviceName, instances) -> {
            String source = "fixed[" + ServiceNames.requireValid(serviceName) + "]";
            if (instances == null || instances.isEmpty()) {
                throw new InvalidSettingException(source + " has no URL; give one or more base URLs,"
                        + " such as http://" + serviceName + ":8000");
            }
            List<URI> normalised = new ArrayList<>();
            for (URI instance : instances) {
                normalised.add(ServiceUrls.validate(source, instance, DeploymentEnvironment.DEVELOPMENT));
            }
            valid.put(serviceName, ServiceUrls.requireDistinct(source, normalised));
        });
        this.table = Map.copyOf(valid);
    }

    @Override
    public List<URI> resolve(String serviceName) {
        List<URI> instances = table.get(ServiceNames.requireValid(serviceName));
        if (instances == null) {
            throw new UnknownServiceException(serviceName, table.keySet().stream().sorted().toList(),
                    "Add it to the table given to ServiceResolver.fixed.");
        }
        return instances;
    }
}
