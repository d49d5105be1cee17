package com.kugelpos.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    @Test
    void shouldAskNothingWhenNoCanIDeployIsGiven() {
        Options options = Options.parse(List.of("--contracts"), Map.of());

        assertThat(options.deployment().checks()).isEmpty();
    }

    @Test
    void shouldAskTheBrokerOfTheEnvironmentForEveryCanIDeploy() {
        Options options = Options.parse(List.of("--contracts", "--can-i-deploy", "cart=4.2.0",
                "--can-i-deploy", "master-data=1.0.0+abc", "--to-environment", "staging"),
                Map.of(Deployment.BROKER_ENV, "https://broker.example"));

        assertThat(options.deployment().checks())
                .containsExactly(new DeployCheck("cart", "4.2.0"), new DeployCheck("master-data", "1.0.0+abc"));
        assertThat(options.deployment().environment()).isEqualTo("staging");
        assertThat(options.deployment().brokerUrl()).isEqualTo("https://broker.example");
    }

    @Test
    void shouldPreferTheBrokerUrlOptionToTheEnvironment() {
        Options options = Options.parse(List.of("--can-i-deploy", "cart=4.2.0", "--broker-url", "http://127.0.0.1:9292"),
                Map.of(Deployment.BROKER_ENV, "https://broker.example"));

        assertThat(options.deployment().brokerUrl()).isEqualTo("http://127.0.0.1:9292");
        assertThat(options.deployment().environment()).isEqualTo(Deployment.DEFAULT_ENVIRONMENT);
    }

    @Test
    void shouldRefuseACanIDeployWithoutABroker() {
        assertThatThrownBy(() -> Options.parse(List.of("--can-i-deploy", "cart=4.2.0"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--broker-url").hasMessageContaining(Deployment.BROKER_ENV);
    }

    @Test
    void shouldRefuseACanIDeployWithoutVersionOrABrokerThatIsNoUrl() {
        assertThatThrownBy(() -> Options.parse(List.of("--can-i-deploy", "cart"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("PACTICIPANT=VERSION");
        assertThatThrownBy(() -> Options.parse(List.of("--can-i-deploy", "cart="), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("PACTICIPANT=VERSION");
        assertThatThrownBy(() -> Options.parse(List.of("--can-i-deploy", "cart=1", "--broker-url", "broker:9292"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("not an http:// or https:// URL");
    }

    @Test
    void shouldRunTheOfficialPactCliWithTheQuestion() {
        assertThat(new DeployCheck("cart", "4.2.0").command("contract-tests/pact-cli", "production", "https://broker.example"))
                .containsExactly("contract-tests/pact-cli", "broker", "can-i-deploy", "--pacticipant", "cart",
                        "--version", "4.2.0", "--to-environment", "production", "--broker-base-url",
                        "https://broker.example");
    }
}
