package com.kugelpos.http.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedServiceResolverTest {

    private static final URI CART = URI.create("http://127.0.0.1:8003/");
    private static final URI MASTER_DATA = URI.create("http://127.0.0.1:8002");

    @Test
    void shouldReturnTheNormalisedUrlsWhenTheServiceIsInTheTable() {
        ServiceResolver resolver = ServiceResolver.fixed(Map.of("cart", List.of(CART), "master-data", List.of(MASTER_DATA)));

        assertThat(resolver.resolve("cart")).containsExactly(URI.create("http://127.0.0.1:8003"));
        assertThat(resolver.resolve("master-data")).containsExactly(MASTER_DATA);
    }

    @Test
    void shouldKeepItsOwnCopyWhenTheGivenTableChangesLater() {
        Map<String, List<URI>> table = new HashMap<>();
        table.put("cart", List.of(CART));
        ServiceResolver resolver = ServiceResolver.fixed(table);

        table.put("cart", List.of(MASTER_DATA));

        assertThat(resolver.resolve("cart")).containsExactly(URI.create("http://127.0.0.1:8003"));
    }

    @Test
    void shouldListTheTableWhenTheServiceIsUnknown() {
        ServiceResolver resolver = ServiceResolver.fixed(Map.of("master-data", List.of(MASTER_DATA), "cart", List.of(CART)));

        assertThatThrownBy(() -> resolver.resolve("stock"))
                .isInstanceOf(UnknownServiceException.class)
                .hasMessage("Unknown service 'stock'; known services are cart, master-data. Add it to the table"
                        + " given to ServiceResolver.fixed.");
    }

    @Test
    void shouldRefuseTheTableWhenAServiceNameIsInvalid() {
        Map<String, List<URI>> table = Map.of("Cart", List.of(CART));

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Service name 'Cart' is invalid");
    }

    @Test
    void shouldRefuseTheTableWhenAServiceHasNoUrl() {
        Map<String, List<URI>> table = Map.of("cart", List.of());

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("fixed[cart] has no URL; give one or more base URLs, such as http://cart:8000");
    }

    @Test
    void shouldRefuseTheTableWhenAUrlIsNull() {
        Map<String, List<URI>> table = Map.of("cart", Arrays.asList(CART, null));

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("fixed[cart] has a null URL");
    }

    @Test
    void shouldRefuseTheTableWithoutEchoingCredentialsWhenAUrlHasUserInfo() {
        Map<String, List<URI>> table = Map.of("cart", List.of(URI.create("http://svc:hunter2@cart:8003")));

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("fixed[cart]='http://****@cart:8003' contains credentials; remove them from the URL"
                        + " and configure authentication separately");
    }

    @Test
    void shouldRefuseTheTableWhenAUrlIsRelative() {
        Map<String, List<URI>> table = Map.of("cart", List.of(URI.create("/api/v1")));

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("fixed[cart]='/api/v1' is not an absolute http:// or https:// URL");
    }

    @Test
    void shouldRefuseTheTableWhenAnInstanceIsListedTwice() {
        Map<String, List<URI>> table = Map.of("cart", List.of(CART, URI.create("http://127.0.0.1:8003")));

        assertThatThrownBy(() -> ServiceResolver.fixed(table))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("fixed[cart] lists http://127.0.0.1:8003 more than once; name each instance once");
    }
}
