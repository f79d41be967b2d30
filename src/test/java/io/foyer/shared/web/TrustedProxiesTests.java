package io.foyer.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TrustedProxiesTests {

    @Test
    void acceptsNoProxiesAndCidrLists() {
        assertThat(TrustedProxies.problems("native", "")).isEmpty();
        assertThat(TrustedProxies.problems("native", null)).isEmpty();
        assertThat(TrustedProxies.problems("none", "")).isEmpty();
        assertThat(TrustedProxies.problems("native", "10.0.0.5/32, 192.168.0.0/16,fd00::/8"))
                .isEmpty();
    }

    @Test
    void refusesEntriesTomcatWouldReadAsARegularExpressionOrNotAtAll() {
        assertThat(TrustedProxies.problems("native", "10.0.0.5"))
                .singleElement()
                .asString()
                .contains("10.0.0.5/32");
        assertThat(TrustedProxies.problems("native", "10.0.0.5/32,::1"))
                .singleElement()
                .asString()
                .contains("::1/128");
        assertThat(TrustedProxies.problems("native", "10\\.0\\.0\\.\\d+/32")).hasSize(1);
        assertThat(TrustedProxies.problems("native", "10.0.0.5/24")).hasSize(1);
        assertThat(TrustedProxies.problems("native", "10.0.0.0/8,")).hasSize(1);
    }

    @Test
    void refusesTheFrameworkStrategyAndProxiesThatWouldBeIgnored() {
        assertThat(TrustedProxies.problems("framework", "")).hasSize(1);
        assertThat(TrustedProxies.problems("FRAMEWORK", "")).hasSize(1);
        assertThat(TrustedProxies.problems("none", "10.0.0.5/32")).hasSize(1);
    }

    @Test
    void stopsTheStartOnAProblem() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(TrustedProxies.STRATEGY, "native")
                .withProperty(TrustedProxies.PROXIES, "proxy.example.com");
        assertThatThrownBy(() -> new TrustedProxies(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("proxy.example.com");
    }
}
