package com.kugelpos.reference;

import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The standalone main's options: {@code --name=value} arguments win over environment variables,
 * which win over the defaults (spec ports 8001-8006 on 127.0.0.1, all services).
 *
 * <table>
 * <caption>options</caption>
 * <tr><th>argument</th><th>environment</th><th>default</th></tr>
 * <tr><td>--services=cart,master-data</td><td>REFERENCE_SERVICES</td><td>all six</td></tr>
 * <tr><td>--bind=0.0.0.0</td><td>BIND_ADDRESS</td><td>127.0.0.1</td></tr>
 * <tr><td>--port.cart=9003</td><td>CART_PORT (MASTER_DATA_PORT, ...)</td><td>8001-8006</td></tr>
 * <tr><td>--url.master-data=http://h:8002</td><td>MASTER_DATA_SERVICE_URL, ...</td>
 *     <td>the embedded one, else http://127.0.0.1:&lt;spec port&gt;</td></tr>
 * <tr><td>--secret=...</td><td>SECRET_KEY</td><td>{@link ReferenceServices#DEFAULT_SECRET}</td></tr>
 * <tr><td>--max-body-bytes=1048576</td><td>MAX_BODY_BYTES</td><td>1 MiB</td></tr>
 * <tr><td>--item-cache-seconds=0</td><td>ITEM_CACHE_SECONDS</td><td>300 (0 = cart asks master-data every time)</td></tr>
 * </table>
 * The upstream clients read their settings (timeouts, retries, breaker) from the environment
 * through {@link HttpClientSettings#fromEnvironment(Map)}.
 */
final class MainOptions {

    private final Map<String, String> arguments = new HashMap<>();
    private final Map<String, String> environment;

    private MainOptions(String[] args, Map<String, String> environment) {
        this.environment = environment;
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments have the form --name=value, got '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
    }

    /** Parses {@code args} with {@code environment} as the fallback. */
    static MainOptions parse(String[] args, Map<String, String> environment) {
        return new MainOptions(args, environment);
    }

    /** The services to start. */
    Set<Service> services() {
        String list = value("services", "REFERENCE_SERVICES", "");
        if (list.isBlank()) {
            return EnumSet.allOf(Service.class);
        }
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String name : list.split(",")) {
            services.add(Service.byName(name.trim()));
        }
        return services;
    }

    /** A builder with every option applied. */
    ReferenceServices.Builder toBuilder() {
        ReferenceServices.Builder builder = ReferenceServices.builder()
                .host(value("bind", "BIND_ADDRESS", "127.0.0.1"))
                .secret(value("secret", "SECRET_KEY", ReferenceServices.DEFAULT_SECRET))
                .maxBodyBytes(Integer.parseInt(value("max-body-bytes", "MAX_BODY_BYTES", "1048576")))
                .clientSettings(HttpClientSettings.fromEnvironment(environment))
                .itemCacheTtl(Duration.ofSeconds(Long.parseLong(value("item-cache-seconds", "ITEM_CACHE_SECONDS", "300"))));
        Set<Service> started = services();
        for (Service service : Service.values()) {
            String prefix = service.serviceName().toUpperCase(Locale.ROOT).replace('-', '_');
            if (started.contains(service)) {
                builder.port(service, Integer.parseInt(value(
                        "port." + service.serviceName(), prefix + "_PORT", String.valueOf(service.defaultPort()))));
            }
            String url = value("url." + service.serviceName(), service.urlVariable(), null);
            if (url != null) {
                builder.upstream(service, URI.create(url));
            } else if (!started.contains(service)) {
                builder.upstream(service, URI.create("http://127.0.0.1:" + service.defaultPort()));
            }
        }
        return builder;
    }

    private String value(String argument, String variable, String defaultValue) {
        String fromArgs = arguments.get(argument);
        if (fromArgs != null) {
            return fromArgs;
        }
        String fromEnv = environment.get(variable);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : defaultValue;
    }
}
