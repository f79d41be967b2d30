package io.foyer.tax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.foyer.tax.VatIdRegistry.Registration;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The VIES client against a stub of the VIES REST API on the loopback interface. */
class ViesVatIdRegistryTests {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/check-vat-number", exchange -> {
            requests.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (hang) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private ViesVatIdRegistry registry(Duration timeout) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/check-vat-number";
        return new ViesVatIdRegistry(true, url, timeout);
    }

    private ViesVatIdRegistry registry() {
        return registry(Duration.ofSeconds(5));
    }

    @Test
    void offByDefault() {
        var off = new ViesVatIdRegistry(false, ViesVatIdRegistry.DEFAULT_URL, Duration.ofSeconds(5));
        assertThat(off.check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);
    }

    @Test
    void sendsCountryCodeAndNumberAndReadsAValidAnswer() {
        answer =
                """
                {"countryCode":"EL","vatNumber":"123456789","requestDate":"2026-03-15T10:00:00.000Z",
                 "valid":true,"requestIdentifier":"","name":"ACME","address":"Athens","userError":"VALID"}""";

        assertThat(registry().check("el 123.456.789")).isEqualTo(Registration.VALID);

        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("POST application/json ");
        var body = JsonMapper.shared().readTree(request.substring(request.indexOf('{')));
        assertThat(body.path("countryCode").asString()).isEqualTo("EL");
        assertThat(body.path("vatNumber").asString()).isEqualTo("123456789");
    }

    @Test
    void readsAnInvalidAnswer() {
        answer =
                """
                {"countryCode":"DE","vatNumber":"123456789","valid":false,"name":"---","userError":"INVALID"}""";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.INVALID);
    }

    @Test
    void memberStateOutagesAreUnavailable() {
        answer =
                """
                {"countryCode":"DE","vatNumber":"123456789","valid":false,"userError":"MS_UNAVAILABLE"}""";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);

        answer =
                """
                {"actionSucceed":false,"errorWrappers":[{"error":"SERVICE_UNAVAILABLE","message":"busy"}]}""";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);
    }

    @Test
    void httpErrorsAndGarbageAreUnavailable() {
        status = 500;
        answer = "{\"valid\":true}";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);

        status = 200;
        answer = "<html>maintenance</html>";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);

        answer = "{\"name\":\"no verdict\"}";
        assertThat(registry().check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);
    }

    @Test
    void aSlowRegistryIsUnavailableAfterTheTimeout() {
        hang = true;
        long start = System.nanoTime();
        assertThat(registry(Duration.ofMillis(200)).check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnreachableRegistryIsUnavailable() {
        int port = server.getAddress().getPort();
        server.stop(0);
        var registry =
                new ViesVatIdRegistry(true, "http://127.0.0.1:" + port + "/check-vat-number", Duration.ofSeconds(1));
        assertThat(registry.check("DE123456789")).isEqualTo(Registration.UNAVAILABLE);
    }

    @Test
    void asksOnlyAboutVatIdsViesKnows() {
        var registry = registry();
        assertThat(registry.check("CHE123456789")).isEqualTo(Registration.UNAVAILABLE);
        assertThat(registry.check("GB123456789")).isEqualTo(Registration.UNAVAILABLE);
        assertThat(registry.check(null)).isEqualTo(Registration.UNAVAILABLE);
        assertThat(registry.check("DE12")).isEqualTo(Registration.INVALID);
        assertThat(requests).isEmpty();
    }
}
