package io.foyer;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthAndMetricsAreServed() {
        WebClient web = new WebClient(port);
        var health = web.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        var metrics = web.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        var login = new WebClient(port).get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void unknownPagesAnswer404WithTheFriendlyPage() {
        var missing = new WebClient(port).get("/no-such-page");
        // Anonymous visitors are sent to the login first; signed-in users get the 404 page.
        assertThat(missing.status()).isEqualTo(302);
    }
}
