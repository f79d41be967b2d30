package io.foyer.ordering;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.DemoSupport;
import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.internal.ApiTokens;
import io.foyer.billing.Billing;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.OrderingFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OrdersApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Services services;

    @Autowired
    Billing billing;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    OrderingFixtures shop;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        shop = new OrderingFixtures(catalog, support, fixtures);
    }

    static String body(long plan, int months) {
        return """
                {"items":[{"planId":%d,"billingPeriodMonths":%d}],"paymentMethod":"BANK_TRANSFER","acceptTerms":true}"""
                .formatted(plan, months);
    }

    @Test
    void theSameKeyAndBodyReplayTheSameAnswerAndNeverASecondOrder() {
        var customer = shop.customer("api-order");
        long plan = shop.plan("API");
        String secret = token(tokens, customer, Permission.BILLING, Permission.SERVICES);
        String path = accountPath(customer) + "/orders";
        String key = UUID.randomUUID().toString();

        var first = api.post(secret, path, body(plan, 12), "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long orderId = first.json().path("id").asLong();
        assertThat(first.json().path("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(first.json().path("gross").asString()).isEqualTo("119.00");
        assertThat(first.json().path("paymentRequest").path("number").asString())
                .isNotBlank();
        assertThat(first.header("Location").orElseThrow()).endsWith(path + "/" + orderId);

        var again = api.post(secret, path, body(plan, 12), "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(ordersOf(customer.account().id())).isEqualTo(1);
        assertThat(services.ofAccount(customer.account().id())).hasSize(1);
        assertThat(billing.unpaid(customer.account().id())).hasSize(1);

        var listed = api.get(secret, path);
        assertThat(listed.json().path("items").size()).isEqualTo(1);
        var shown = api.get(secret, path + "/" + orderId);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("items").get(0).path("serviceId").asLong())
                .isEqualTo(services.ofAccount(customer.account().id()).get(0).id());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndAMissingKeyIs400() {
        var customer = shop.customer("api-order-reuse");
        long plan = shop.plan("Reuse");
        String secret = token(tokens, customer, Permission.BILLING, Permission.SERVICES);
        String path = accountPath(customer) + "/orders";
        String key = UUID.randomUUID().toString();
        assertThat(api.post(secret, path, body(plan, 1), "Idempotency-Key", key).status())
                .isEqualTo(201);

        var other = api.post(secret, path, body(plan, 12), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("type").asString()).isEqualTo("urn:foyer:problem:idempotency-key-reused");

        var missing = api.post(secret, path, body(plan, 1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asString()).contains("Idempotency-Key");
        assertThat(ordersOf(customer.account().id())).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsWithTheSameKeyCreateOneOrder() throws Exception {
        var customer = shop.customer("api-order-race");
        long plan = shop.plan("Race");
        String secret = token(tokens, customer, Permission.BILLING, Permission.SERVICES);
        String path = accountPath(customer) + "/orders";
        String key = UUID.randomUUID().toString();
        int requests = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<ApiClient.Response> call = () -> {
                    start.await();
                    return api.post(secret, path, body(plan, 1), "Idempotency-Key", key);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                responses.add(answer.get());
            }
            // Each request either created the order, replayed it, or (never here) was told to retry: no 500.
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
            assertThat(responses.stream()
                            .filter(r -> r.status() == 201)
                            .map(ApiClient.Response::body)
                            .distinct())
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ordersOf(customer.account().id())).isEqualTo(1);
        assertThat(services.ofAccount(customer.account().id())).hasSize(1);
    }

    @Test
    void refusedItemsAndBadInputAreFieldProblemsAndWriteNothing() {
        var customer = shop.customer("api-order-bad");
        long plan = shop.plan("Bad");
        String secret = token(tokens, customer, Permission.BILLING, Permission.SERVICES);
        String path = accountPath(customer) + "/orders";
        catalog.retirePlan(plan);

        var retired = api.post(
                secret,
                path,
                body(plan, 1),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(retired.status()).isEqualTo(422);
        assertThat(retired.fieldError("items[0]")).contains("no longer offered");

        var period = api.post(
                secret,
                path,
                body(plan, 2),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(period.status()).isEqualTo(422);
        assertThat(period.body()).contains("1, 3, 6, 12 or 24 months");

        var terms = api.post(
                secret,
                path,
                "{\"items\":[{\"planId\":" + plan + ",\"billingPeriodMonths\":1}],\"paymentMethod\":\"BANK_TRANSFER\","
                        + "\"acceptTerms\":false}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(terms.status()).isEqualTo(422);
        assertThat(terms.fieldError("acceptTerms")).contains("terms");

        var empty = api.post(
                secret,
                path,
                "{\"items\":[],\"paymentMethod\":\"BANK_TRANSFER\",\"acceptTerms\":true}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.fieldError("items")).isNotBlank();
        assertThat(ordersOf(customer.account().id())).isZero();

        // A retry with the key of the refused request works once the cause is gone: nothing was stored.
        String key = UUID.randomUUID().toString();
        assertThat(api.post(secret, path, body(plan, 1), "Idempotency-Key", key).status())
                .isEqualTo(422);
        catalog.activatePlan(plan);
        assertThat(api.post(secret, path, body(plan, 1), "Idempotency-Key", key).status())
                .isEqualTo(201);
    }

    @Test
    void placingAnOrderNeedsBillingAndServicesPermissions() {
        var customer = shop.customer("api-order-perm");
        long plan = shop.plan("Perm");
        String path = accountPath(customer) + "/orders";
        String servicesOnly = token(tokens, customer, Permission.SERVICES);
        var refused = api.post(
                servicesOnly,
                path,
                body(plan, 1),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(servicesOnly, path).status()).isEqualTo(200);
        assertThat(ordersOf(customer.account().id())).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesOrdersAndServices() {
        var doc = api.get(null, "/v3/api-docs").json();
        var paths = doc.path("paths");
        var place = paths.path("/api/v1/accounts/{accountId}/orders").path("post");
        assertThat(place.path("summary").asString()).isEqualTo("Place an order");
        assertThat(place.path("parameters").findValuesAsString("name")).contains("Idempotency-Key", "accountId");
        assertThat(paths.has("/api/v1/accounts/{accountId}/orders/{orderId}")).isTrue();
        assertThat(paths.has("/api/v1/accounts/{accountId}/services/{serviceId}/extend"))
                .isTrue();
        assertThat(paths.path("/api/v1/accounts/{accountId}/services/{serviceId}/auto-renew")
                        .has("put"))
                .isTrue();
        assertThat(paths.has("/api/v1/accounts/{accountId}/services/{serviceId}/cancel"))
                .isTrue();
    }

    private int ordersOf(long accountId) {
        return jdbc.sql("select count(*) from ordering_order where account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }
}
