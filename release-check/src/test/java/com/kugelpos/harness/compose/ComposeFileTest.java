package com.kugelpos.harness.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.reference.Service;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks docker-compose.yml and docker/toxiproxy.json, which no test can start on a machine without Docker. */
class ComposeFileTest {

    private static final String TOXIPROXY = "toxiproxy";
    private static final String BROKER = "pact-broker";
    private static final String BROKER_DB = "pact-broker-db";
    private static final String DOCKERFILE = "reference-services/Dockerfile";
    private static final String PROXY_CONFIG_IN_CONTAINER = "/config/toxiproxy.json";
    private static final Pattern DATABASE_URL = Pattern.compile("postgres://([^:@/]+):(.+)@([^:@/]+):(\\d+)/([\\w-]+)");

    /** Who calls whom, from the table of shared/spec/kugelpos-interactions.md (rows 1-14). */
    private static final Map<Service, Set<Service>> CALLS = Map.of(
            Service.TERMINAL, EnumSet.of(Service.MASTER_DATA, Service.CART, Service.REPORT, Service.JOURNAL, Service.STOCK),
            Service.MASTER_DATA, EnumSet.noneOf(Service.class),
            Service.CART, EnumSet.of(Service.TERMINAL, Service.MASTER_DATA),
            Service.REPORT, EnumSet.of(Service.CART, Service.TERMINAL, Service.MASTER_DATA, Service.JOURNAL),
            Service.JOURNAL, EnumSet.of(Service.CART, Service.TERMINAL),
            Service.STOCK, EnumSet.of(Service.CART));

    private static ComposeFile compose;
    private static ToxiproxyProxies proxies;

    @BeforeAll
    static void readFiles() throws IOException {
        compose = ComposeFile.read(RepositoryFiles.file("docker-compose.yml"));
        proxies = ToxiproxyProxies.read(RepositoryFiles.file("docker/toxiproxy.json"));
    }

    @Test
    void shouldDefineEveryServiceWhenComposeFileIsRead() {
        // Arrange
        List<String> expected = new ArrayList<>(List.of(TOXIPROXY, BROKER, BROKER_DB));
        for (Service service : Service.values()) {
            expected.add(service.serviceName());
        }

        // Act
        List<String> names = compose.serviceNames();

        // Assert
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldPinEveryImageWhenServicesAreDefined() {
        for (String name : compose.serviceNames()) {
            // Act
            String image = compose.image(name);

            // Assert
            assertThat(image).as("image of %s", name).isNotBlank();
            assertThat(ImageReference.isPinned(image)).as("image %s of %s names a fixed tag or digest", image, name)
                    .isTrue();
        }
    }

    @Test
    void shouldPublishSpecPortWhenReferenceServiceRuns() {
        for (Service service : Service.values()) {
            // Act
            String name = service.serviceName();
            Map<String, String> environment = compose.environment(name);

            // Assert
            assertThat(compose.ports(name)).as("ports of %s", name)
                    .containsExactly(new PortMapping(service.defaultPort(), service.defaultPort()));
            assertThat(environment).as("environment of %s", name)
                    .containsEntry("REFERENCE_SERVICES", name)
                    .containsEntry(service.urlVariable().replace("_SERVICE_URL", "_PORT"),
                            String.valueOf(service.defaultPort()))
                    .containsEntry("BIND_ADDRESS", "0.0.0.0");
            assertThat(compose.dockerfile(name)).as("Dockerfile of %s", name).isEqualTo(DOCKERFILE);
        }
    }

    @Test
    void shouldRouteEveryServiceUrlThroughItsToxiproxyProxyWhenServicesCallEachOther() {
        for (Service caller : Service.values()) {
            Map<String, String> environment = compose.environment(caller.serviceName());
            for (Service callee : Service.values()) {
                String value = environment.get(callee.urlVariable());
                if (value == null) {
                    continue;
                }
                // Act
                URI url = URI.create(value);
                ToxiproxyProxies.Proxy proxy = proxies.listeningOn(url.getPort()).orElse(null);

                // Assert
                String what = caller.serviceName() + " " + callee.urlVariable() + "=" + value;
                assertThat(url.getScheme()).as(what).isEqualTo("http");
                assertThat(url.getHost()).as(what).isEqualTo(TOXIPROXY);
                assertThat(proxy).as("%s: a proxy in docker/toxiproxy.json listens on %d", what, url.getPort()).isNotNull();
                assertThat(proxy.name()).as(what).isEqualTo(callee.serviceName());
                assertThat(proxy.upstreamHost()).as(what).isEqualTo(callee.serviceName());
                assertThat(proxy.upstreamPort()).as(what).isEqualTo(callee.defaultPort());
                assertThat(proxy.enabled()).as(what).isTrue();
            }
        }
    }

    @Test
    void shouldGiveEveryCallOfInteractionsTableItsUrlWhenServicesCallEachOther() {
        for (Service caller : Service.values()) {
            // Act
            Set<String> urlVariables = Set.copyOf(compose.environment(caller.serviceName()).keySet().stream()
                    .filter(key -> key.endsWith("_SERVICE_URL")).toList());

            // Assert
            assertThat(urlVariables).as("*_SERVICE_URL of %s", caller.serviceName())
                    .containsExactlyInAnyOrderElementsOf(CALLS.get(caller).stream().map(Service::urlVariable).toList());
            assertThat(compose.dependsOn(caller.serviceName())).contains(TOXIPROXY);
        }
    }

    @Test
    void shouldLoadOneProxyPerServiceAndPublishThemWhenToxiproxyStarts() {
        // Act
        List<String> command = compose.strings(TOXIPROXY, "command");
        List<String> volumes = compose.strings(TOXIPROXY, "volumes");
        List<PortMapping> ports = compose.ports(TOXIPROXY);

        // Assert
        assertThat(command).contains("-host=0.0.0.0", "-config=" + PROXY_CONFIG_IN_CONTAINER);
        assertThat(volumes).contains("./docker/toxiproxy.json:" + PROXY_CONFIG_IN_CONTAINER + ":ro");
        assertThat(proxies.all()).extracting(ToxiproxyProxies.Proxy::name)
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Service.class).stream().map(Service::serviceName).toList());
        assertThat(proxies.all()).extracting(ToxiproxyProxies.Proxy::listenPort).doesNotHaveDuplicates();
        assertThat(ports).contains(new PortMapping(8474, 8474));
        for (ToxiproxyProxies.Proxy proxy : proxies.all()) {
            assertThat(ports).as("proxy %s is published on the host", proxy.name())
                    .contains(new PortMapping(proxy.listenPort(), proxy.listenPort()));
        }
    }

    @Test
    void shouldPointBrokerAtItsPostgresWhenBrokerStarts() {
        // Arrange
        Map<String, String> database = compose.environment(BROKER_DB);
        Map<String, String> broker = compose.environment(BROKER);

        // Act
        Matcher url = DATABASE_URL.matcher(broker.getOrDefault("PACT_BROKER_DATABASE_URL", ""));

        // Assert
        assertThat(url.matches()).as("PACT_BROKER_DATABASE_URL %s has the form postgres://user:password@host:5432/db",
                broker.get("PACT_BROKER_DATABASE_URL")).isTrue();
        assertThat(url.group(1)).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(url.group(2)).isEqualTo(database.get("POSTGRES_PASSWORD"));
        assertThat(url.group(3)).isEqualTo(BROKER_DB);
        assertThat(url.group(4)).isEqualTo("5432");
        assertThat(url.group(5)).isEqualTo(database.get("POSTGRES_DB"));
        assertThat(compose.image(BROKER_DB)).startsWith("postgres:");
        assertThat(compose.image(BROKER)).startsWith("pactfoundation/pact-broker:");
        assertThat(compose.dependsOn(BROKER)).containsExactly(BROKER_DB);
        assertThat(compose.ports(BROKER)).containsExactly(new PortMapping(9292, 9292));
        assertThat(broker).containsEntry("PACT_BROKER_PORT", "9292");
    }
}
