package com.kugelpos.http.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentServiceResolverTest {

    @Test
    void shouldUseTheServiceVariableWhenItIsSet() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("MASTER_DATA_SERVICE_URL", "http://md.internal:9000/api/"));

        List<URI> instances = resolver.resolve("master-data");

        assertThat(instances).containsExactly(URI.create("http://md.internal:9000/api"));
    }

    @Test
    void shouldReturnEveryInstanceWhenTheVariableListsSeveral() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("CART_SERVICE_URL", " http://cart-1:8003 , ,http://cart-2:8003/,"));

        List<URI> instances = resolver.resolve("cart");

        assertThat(instances).containsExactly(URI.create("http://cart-1:8003"), URI.create("http://cart-2:8003"));
        assertThatThrownBy(() -> instances.add(URI.create("http://cart-3:8003")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRefuseAnInstanceListedTwiceWhenOnlyTheTrailingSlashDiffers() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("CART_SERVICE_URL", "http://cart:8003,http://cart:8003/"));

        assertThatThrownBy(() -> resolver.resolve("cart"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CART_SERVICE_URL lists http://cart:8003 more than once; name each instance once");
    }

    @Test
    void shouldRefuseTheVariableWhenItNamesNoUrl() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(Map.of("CART_SERVICE_URL", " , ,"));

        assertThatThrownBy(() -> resolver.resolve("cart"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CART_SERVICE_URL=' , ,' names no URL; set one or more base URLs separated by"
                        + " commas, such as http://cart:8003");
    }

    @Test
    void shouldNameTheVariableWhenAnEntryIsInvalid() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("CART_SERVICE_URL", "http://cart-1:8003,cart-2:8003"));

        assertThatThrownBy(() -> resolver.resolve("cart"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("CART_SERVICE_URL='cart-2:8003' is not an absolute http:// or https:// URL");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "account, http://account:8000", "terminal, http://terminal:8001", "master-data, http://master-data:8002",
        "cart, http://cart:8003", "report, http://report:8004", "journal, http://journal:8005",
        "stock, http://stock:8006"
    })
    void shouldFallBackToTheComposeNameAndPortWhenNoVariableIsSet(String serviceName, String expected) {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(Map.of("CART_SERVICE_URL", "  "));

        assertThat(resolver.resolve(serviceName)).containsExactly(URI.create(expected));
    }

    @Test
    void shouldRefuseTheHttpFallbackWhenTheEnvironmentIsProduction() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(Map.of("KUGEL_ENV", "production"));

        assertThatThrownBy(() -> resolver.resolve("master-data"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("MASTER_DATA_SERVICE_URL is not set, and the development fallback"
                        + " http://master-data:8002 is http://, which production refuses; set"
                        + " MASTER_DATA_SERVICE_URL to the service's https:// URL");
    }

    @Test
    void shouldRefuseAnHttpUrlWhenTheEnvironmentIsProduction() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("KUGEL_ENV", "PROD", "CART_SERVICE_URL", "https://cart-1:8443,http://cart-2:8003"));

        assertThatThrownBy(() -> resolver.resolve("cart"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CART_SERVICE_URL='http://cart-2:8003' uses http://, which production refuses;"
                        + " use an https:// URL");
    }

    @Test
    void shouldAcceptHttpsUrlsWhenTheEnvironmentIsProduction() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("KUGEL_ENV", "production", "CART_SERVICE_URL", "https://cart:8443"));

        assertThat(resolver.resolve("cart")).containsExactly(URI.create("https://cart:8443"));
    }

    @Test
    void shouldRefuseToCreateTheResolverWhenKugelEnvIsInvalid() {
        Map<String, String> variables = Map.of("KUGEL_ENV", "staging");

        assertThatThrownBy(() -> ServiceResolver.fromEnvironment(variables))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("KUGEL_ENV='staging' is not a deployment environment");
    }

    @Test
    void shouldResolveAServiceOutsideTheSpecWhenItsVariableIsSet() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("LOYALTY_POINTS_SERVICE_URL", "http://loyalty:9000"));

        assertThat(resolver.resolve("loyalty-points")).containsExactly(URI.create("http://loyalty:9000"));
    }

    @Test
    void shouldListKnownNamesAndTheVariableWhenTheServiceIsUnknown() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(
                Map.of("LOYALTY_POINTS_SERVICE_URL", "http://loyalty:9000"));

        UnknownServiceException unknown = catchThrowableOfType(UnknownServiceException.class,
                () -> resolver.resolve("payments"));

        assertThat(unknown).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown service 'payments'; known services are account, terminal, master-data, cart,"
                        + " report, journal, stock, loyalty-points. Set PAYMENTS_SERVICE_URL to its base URL,"
                        + " such as http://payments:8000.");
        assertThat(unknown.serviceName()).isEqualTo("payments");
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"Master-Data", "master_data", "-cart", "cart-", "cart--1", "9cart", "cart "})
    void shouldRefuseTheNameWhenItIsNotAValidServiceName(String serviceName) {
        ServiceResolver resolver = ServiceResolver.fromEnvironment(Map.of());

        assertThatThrownBy(() -> resolver.resolve(serviceName))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Service name '" + serviceName + "' is invalid; use lower-case letters, digits and"
                        + " single '-' between them, starting with a letter, such as master-data");
    }

    @Test
    void shouldDeriveTheVariableNameWhenGivenAServiceName() {
        assertThat(EnvironmentServiceResolver.variableFor("master-data")).isEqualTo("MASTER_DATA_SERVICE_URL");
        assertThat(EnvironmentServiceResolver.variableFor("stock")).isEqualTo("STOCK_SERVICE_URL");
    }

    @Test
    void shouldReadTheProcessEnvironmentWhenCreatedWithoutVariables() {
        ServiceResolver resolver = ServiceResolver.fromEnvironment();

        assertThat(resolver).isInstanceOf(EnvironmentServiceResolver.class);
        assertThatThrownBy(() -> resolver.resolve("no-such-service-in-this-test"))
                .isInstanceOf(UnknownServiceException.class);
    }
}
