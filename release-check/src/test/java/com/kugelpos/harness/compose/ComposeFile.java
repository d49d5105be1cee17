package com.kugelpos.harness.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A docker-compose file read with SnakeYAML (anchors and {@code <<} merge keys resolved), with typed accessors. */
final class ComposeFile {

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    /** Reads and parses {@code file}. */
    static ComposeFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new ComposeFile(map(document.get("services"), "services"));
        }
    }

    /** The service names in file order. */
    List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /** The service's definition; fails naming it when absent. */
    Map<String, Object> service(String name) {
        return map(services.get(name), "services." + name);
    }

    /** Its {@code image}, or null. */
    String image(String name) {
        Object image = service(name).get("image");
        return image == null ? null : image.toString();
    }

    /** The {@code build.dockerfile} of the service, or null when it is not built. */
    String dockerfile(String name) {
        Object build = service(name).get("build");
        return build instanceof Map<?, ?> settings && settings.get("dockerfile") != null
                ? settings.get("dockerfile").toString() : null;
    }

    /** Its environment as strings, from the map or the {@code KEY=VALUE} list form. */
    Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> values.put(key.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = entry.toString();
                int equals = text.indexOf('=');
                values.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return values;
    }

    /** Every published port of the service. */
    List<PortMapping> ports(String name) {
        Object ports = service(name).getOrDefault("ports", List.of());
        return ((List<?>) ports).stream().flatMap(entry -> PortMapping.parse(entry).stream()).toList();
    }

    /** The services it depends on, from the list or the map form of {@code depends_on}. */
    List<String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        if (dependsOn instanceof Map<?, ?> entries) {
            return entries.keySet().stream().map(Object::toString).toList();
        }
        if (dependsOn instanceof List<?> entries) {
            return entries.stream().map(Object::toString).toList();
        }
        return List.of();
    }

    /** A list entry of the service as strings (e.g. {@code command}, {@code volumes}). */
    List<String> strings(String name, String key) {
        Object value = service(name).getOrDefault(key, List.of());
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException(where + " is missing from docker-compose.yml or is not a mapping");
        }
        return (Map<String, Object>) value;
    }
}
