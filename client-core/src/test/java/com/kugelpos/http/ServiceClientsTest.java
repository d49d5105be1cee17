package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.config.InvalidSettingException;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.discovery.UnknownServiceException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceClientsTest {

    @Test
    void shouldRefuseAnUnknownServiceInsteadOfCallingARelativeUrl() {
        try (ServiceClients clients = ServiceClients.builder().resolver(ServiceResolver.fromEnvironment(Map.of())).build()) {
            assertThatThrownBy(() -> clients.client("inventory"))
                    .isInstanceOf(UnknownServiceException.class)
                    .hasMessageContaining("INVENTORY_SERVICE_URL");
        }
    }

    @Test
    void shouldRefusePlainHttpInProduction() {
        Map<String, String> env = Map.of("KUGEL_ENV", "production", "MASTER_DATA_SERVICE_URL", "http://master-data:8002");
        try (ServiceClients clients = ServiceClients.builder().resolver(ServiceResolver.fromEnvironment(env)).build()) {
            assertThatThrownBy(() -> clients.client("master-data"))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("MASTER_DATA_SERVICE_URL")
                    .hasMessageContaining("https");
        }
    }

    @Test
    void shouldFallBackToTheComposeNameAndTheSpecsPort() {
        try (ServiceClients clients = ServiceClients.builder().resolver(ServiceResolver.fromEnvironment(Map.of())).build()) {
            assertThat(clients.client("master-data").service()).isEqualTo("master-data");
            assertThat(ServiceResolver.fromEnvironment(Map.of()).resolve("cart")).extracting(Object::toString)
                    .containsExactly("http://cart:8003");
        }
    }

    @Test
    void shouldRefuseCallsOnAClosedHandleButKeepTheServiceUsable() {
        try (ServiceClients clients = ServiceClients.builder().resolver(ServiceResolver.fromEnvironment(Map.of())).build()) {
            ServiceClient first = clients.client("master-data");
            first.close();

            assertThatThrownBy(() -> first.get("/health")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("master-data").hasMessageContaining("closed");
            assertThat(clients.client("master-data").circuitState()).isNotNull();
        }
    }

    @Test
    void shouldRejectABodyThatCannotBeWrittenAsJson() {
        try (ServiceClients clients = ServiceClients.builder().resolver(ServiceResolver.fromEnvironment(Map.of())).build()) {
            assertThatThrownBy(() -> clients.client("master-data").post("/api/v1/x", new Object()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be written as JSON");
        }
    }
}
