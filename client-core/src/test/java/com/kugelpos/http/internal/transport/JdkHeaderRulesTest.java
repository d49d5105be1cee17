package com.kugelpos.http.internal.transport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdkHeaderRulesTest {

    private final JdkHeaderRules rules = new JdkHeaderRules(null);

    @ParameterizedTest
    @ValueSource(strings = {"Host", "connection", "Content-Length", "EXPECT", "Upgrade"})
    void shouldRefuseTheHeadersTheJdkSetsItself(String name) {
        assertThatThrownBy(() -> rules.check(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining(JdkHeaderRules.ALLOW_RESTRICTED_PROPERTY);
    }

    @Test
    void shouldLetThroughTheRestrictedHeadersThePropertyAllows() {
        JdkHeaderRules allowing = new JdkHeaderRules(" host,Expect ");

        assertThatCode(() -> allowing.check("Host", "elsewhere")).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check("expect", "100-continue")).doesNotThrowAnyException();
        assertThatThrownBy(() -> allowing.check("Connection", "close")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Header", "X-Header:", "Ünicode", "a(b)", "x\u0000"})
    void shouldRefuseANameThatIsNotAToken(String name) {
        assertThatThrownBy(() -> rules.check(name, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid header name");
    }

    @Test
    void shouldAcceptEveryTokenCharacterInAName() {
        assertThatCode(() -> rules.check("Az09!#$%&'*+-.^_`|~", "x")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret\u0000", "secret\u0007value", "secret\u007f", "secret\u20ac", "line\rbreak"})
    void shouldRefuseAValueTheJdkCannotSendWithoutQuotingIt(String value) {
        assertThatThrownBy(() -> rules.check("Authorization", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Authorization").hasMessageContaining("index")
                .hasMessageNotContaining("secret").hasMessageNotContaining("line");
    }

    @Test
    void shouldAcceptTabsPrintableAsciiAndLatin1InAValue() {
        assertThatCode(() -> rules.check("X-Note", "a\tb c ~ caf\u00e9 \u00ff")).doesNotThrowAnyException();
    }
}
