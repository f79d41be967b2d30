package io.foyer.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.shared.net.IpRange;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Foyer's own application.yml on a bare Tomcat (no database, no application beans): whether a
 * client's X-Forwarded-For changes the address that {@link ClientIp} reports and the allowed
 * IP ranges are matched against. The test client connects from 127.0.0.1, which Tomcat's default
 * list of internal proxies would trust.
 */
class ForwardedHeadersTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final IpRange OFFICE = IpRange.parse("10.0.0.0/8");

    @Test
    void withoutTrustedProxiesAForwardedAddressIsIgnored() throws Exception {
        try (ConfigurableApplicationContext server = start()) {
            assertThat(call(server, "10.1.2.3")).isEqualTo("127.0.0.1 outside");
            assertThat(call(server, null)).isEqualTo("127.0.0.1 outside");
        }
    }

    @Test
    void behindATrustedProxyTheForwardedAddressDecides() throws Exception {
        try (ConfigurableApplicationContext server = start("FOYER_TRUSTED_PROXIES=127.0.0.1/32")) {
            assertThat(call(server, "10.1.2.3")).isEqualTo("10.1.2.3 inside");
            // The proxy appends the peer it saw; what a client wrote before that is not believed.
            assertThat(call(server, "10.9.9.9, 192.0.2.44")).isEqualTo("192.0.2.44 outside");
            assertThat(call(server, null)).isEqualTo("127.0.0.1 outside");
        }
    }

    @Test
    void aProxyNotInTheListIsNotBelieved() throws Exception {
        try (ConfigurableApplicationContext server = start("FOYER_TRUSTED_PROXIES=192.0.2.1/32")) {
            assertThat(call(server, "10.1.2.3")).isEqualTo("127.0.0.1 outside");
        }
    }

    /** Arguments, not default properties: those would lose against application.yml's port. */
    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--spring.main.banner-mode=off";
        all[2] = "--logging.level.root=WARN";
        for (int i = 0; i < arguments.length; i++) {
            all[i + 3] = "--" + arguments[i];
        }
        return new SpringApplicationBuilder(Probe.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(all);
    }

    private static String call(ConfigurableApplicationContext server, String forwardedFor) throws Exception {
        int port = ((ServletWebServerApplicationContext) server).getWebServer().getPort();
        assertThat(port).isNotEqualTo(8080);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class Probe {

        @Bean
        TrustedProxies trustedProxies(org.springframework.core.env.Environment environment) {
            return new TrustedProxies(environment);
        }

        @Bean
        ServletRegistrationBean<HttpServlet> probe() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                                throws IOException {
                            boolean inside = ClientIp.address(request)
                                    .map(OFFICE::contains)
                                    .orElse(false);
                            response.getWriter().write(ClientIp.of(request) + (inside ? " inside" : " outside"));
                        }
                    },
                    "/probe");
        }
    }
}
