package com.kugelpos.http.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.kugelpos.http.config.DeploymentEnvironment;
import com.kugelpos.http.config.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceUrlsTest {

    private static final String VARIABLE = "CART_SERVICE_URL";
    private static final DeploymentEnvironment DEV = DeploymentEnvironment.DEVELOPMENT;
    private static final DeploymentEnvironment PROD = DeploymentEnvironment.PRODUCTION;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        http://cart:8003                | http://cart:8003
        http://cart:8003/               | http://cart:8003
        '  https://cart:8443/api/v1// ' | https://cart:8443/api/v1
        HTTP://cart:8003                | http://cart:8003
        https://cart.example.com        | https://cart.example.com
        http://[::1]:8003/              | http://[::1]:8003
        http://127.0.0.1:8003/base%20path/ | http://127.0.0.1:8003/base%20path
        """)
    void shouldNormaliseTheUrlWhenItIsValid(String value, String expected) {
        URI uri = ServiceUrls.parse(VARIABLE, value, DEV);

        assertThat(uri).isEqualTo(URI.create(expected));
        assertThat(uri.isAbsolute()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cart:8003            | CART_SERVICE_URL='cart:8003' is not an absolute http:// or https:// URL; use one such as http://cart:8003
        /api/v1              | CART_SERVICE_URL='/api/v1' is not an absolute http:// or https:// URL; use one such as http://cart:8003
        ftp://cart:21        | CART_SERVICE_URL='ftp://cart:21' is not an absolute http:// or https:// URL; use one such as http://cart:8003
        http:cart            | CART_SERVICE_URL='http:cart' has no valid host; use a host name of letters, digits, '-' and '.' (no '_'), such as http://cart:8003
        http://cart_1:8003   | CART_SERVICE_URL='http://cart_1:8003' has no valid host; use a host name of letters, digits, '-' and '.' (no '_'), such as http://cart:8003
        http://cart:99999    | CART_SERVICE_URL='http://cart:99999' has port 99999; use a port from 1 to 65535
        http://cart:0        | CART_SERVICE_URL='http://cart:0' has port 0; use a port from 1 to 65535
        http://cart:8003?a=1 | CART_SERVICE_URL='http://cart:8003?a=1' has a query or fragment; give the base URL only, such as http://cart:8003
        http://cart:8003/#x  | CART_SERVICE_URL='http://cart:8003/#x' has a query or fragment; give the base URL only, such as http://cart:8003
        """)
    void shouldNameTheVariableAndValueWhenTheUrlIsInvalid(String value, String expectedMessage) {
        assertThatThrownBy(() -> ServiceUrls.parse(VARIABLE, value, DEV))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage(expectedMessage);
    }

    @Test
    void shouldGiveTheJdksReasonAndIndexWhenTheUrlDoesNotParse() {
        String value = "http://ca rt:8003";
        // the index is the JDK's own: Java 17 points at the authority (7), Java 25 at the space (9)
        int index = catchThrowableOfType(URISyntaxException.class, () -> new URI(value)).getIndex();

        assertThatThrownBy(() -> ServiceUrls.parse(VARIABLE, value, DEV))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CART_SERVICE_URL='http://ca rt:8003' is not a valid URL (Illegal character in authority at index "
                        + index + "); use an absolute URL such as http://cart:8003");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://svc:hunter2@cart:8003",
        "http://svc:hunter2@cart_1:8003",
        "http://svc:hun ter2@cart:8003",
        "svc:hunter2@cart:8003",
        "https://svc:p%40ss:hunter2@cart:8003/api"
    })
    void shouldRefuseCredentialsWithoutEchoingThemWhenTheUrlHasUserInfo(String value) {
        assertThatThrownBy(() -> ServiceUrls.parse(VARIABLE, value, DEV))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(VARIABLE + "='")
                .hasMessageContaining("****@")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("hun ter2")
                .hasMessageNotContaining("svc")
                .satisfies(rejected -> assertThat(rejected.getCause()).isNull());
    }

    @Test
    void shouldSayToRemoveCredentialsWhenTheUrlHasUserInfo() {
        assertThatThrownBy(() -> ServiceUrls.parse(VARIABLE, "https://svc:hunter2@cart:8443", DEV))
                .hasMessage("CART_SERVICE_URL='https://****@cart:8443' contains credentials; remove them from"
                        + " the URL and configure authentication separately");
    }

    @Test
    void shouldRefuseHttpWhenTheEnvironmentIsProduction() {
        assertThatThrownBy(() -> ServiceUrls.parse(VARIABLE, "http://cart:8003", PROD))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CART_SERVICE_URL='http://cart:8003' uses http://, which production refuses;"
                        + " use an https:// URL");
    }

    @Test
    void shouldAcceptHttpsWhenTheEnvironmentIsProduction() {
        URI uri = ServiceUrls.parse(VARIABLE, "https://cart:8443/", PROD);

        assertThat(uri).isEqualTo(URI.create("https://cart:8443"));
    }

    @Test
    void shouldValidateAUriAsItDoesTextWhenGivenAUri() {
        URI withCredentials = URI.create("http://svc:hunter2@cart:8003");

        assertThat(ServiceUrls.validate("fixed[cart]", URI.create("http://cart:8003/"), DEV))
                .isEqualTo(URI.create("http://cart:8003"));
        assertThatThrownBy(() -> ServiceUrls.validate("fixed[cart]", withCredentials, DEV))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("fixed[cart]='http://****@cart:8003' contains credentials")
                .hasMessageNotContaining("hunter2");
    }
}
