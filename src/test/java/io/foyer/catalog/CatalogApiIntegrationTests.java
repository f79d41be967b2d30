package io.foyer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.account.internal.ApiTokens;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CatalogApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CatalogAdministration admin;

    WebClient web;
    String token;
    long everywhere;
    long euroOnly;
    long retired;

    @BeforeEach
    void aCatalogAndATokenWithoutPermissions() {
        web = new WebClient(port);
        var owner = fixtures.owner("catalog-api");
        token = tokens.create(
                        owner.account().id(),
                        owner.userId(),
                        "no permissions",
                        EnumSet.noneOf(Permission.class),
                        null,
                        Actor.system())
                .secret();
        long product = admin.createProduct(
                ProductKind.DEDICATED_SERVER,
                Fixtures.uniqueEmail("catalog-api").replace("@", "-"),
                "Metal");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("RAM", "64 GB");
        values.put("CPU", "8 cores");
        everywhere = admin.createPlan(product, "DS 1", "Dedicated", values);
        admin.setPrice(everywhere, BillingPeriod.TWELVE_MONTHS, Money.of("759", "EUR"), Money.zero("EUR"));
        admin.setPrice(everywhere, BillingPeriod.ONE_MONTH, Money.of("69", "EUR"), Money.of("79", "EUR"));
        admin.setPrice(everywhere, BillingPeriod.ONE_MONTH, Money.of("75", "USD"), Money.of("89", "USD"));
        euroOnly = admin.createPlan(product, "DS 2", "", Map.of());
        admin.setPrice(euroOnly, BillingPeriod.ONE_MONTH, Money.of("99.5", "EUR"), Money.zero("EUR"));
        retired = admin.createPlan(product, "DS old", "", Map.of());
        admin.setPrice(retired, BillingPeriod.ONE_MONTH, Money.of("10", "USD"), Money.zero("USD"));
        admin.retirePlan(retired);
    }

    private WebClient.Response get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return web.get(path, all.toArray(String[]::new));
    }

    private static JsonNode json(WebClient.Response response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static JsonNode plan(JsonNode list, long id) {
        for (JsonNode plan : list.path("items").values()) {
            if (plan.path("id").asLong() == id) {
                return plan;
            }
        }
        return null;
    }

    @Test
    void anyValidTokenListsTheActivePlansWithTheirPrices() {
        var response = get("/api/v1/catalog/plans");

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = json(response);
        JsonNode plan = plan(list, everywhere);
        assertThat(plan).isNotNull();
        assertThat(plan.path("kind").asString()).isEqualTo("DEDICATED_SERVER");
        assertThat(plan.path("name").asString()).isEqualTo("DS 1");
        assertThat(plan.path("active").asBoolean()).isTrue();
        assertThat(plan.path("configuration").get(0).path("label").asString()).isEqualTo("RAM");
        assertThat(plan.path("configuration").get(1).path("value").asString()).isEqualTo("8 cores");
        JsonNode first = plan.path("prices").get(0);
        assertThat(first.path("periodMonths").asInt()).isEqualTo(1);
        assertThat(first.path("currency").asString()).isEqualTo("EUR");
        assertThat(first.path("price").isString()).isTrue();
        assertThat(first.path("price").asString()).isEqualTo("69.00");
        assertThat(first.path("setupFee").asString()).isEqualTo("79.00");
        assertThat(plan.path("prices").size()).isEqualTo(3);
        assertThat(plan(list, euroOnly)).isNotNull();
        assertThat(plan(list, retired)).isNull();
    }

    @Test
    void aCurrencyFilterKeepsOnlyPlansOrderableInItAndTheirPricesInIt() {
        JsonNode usd = json(get("/api/v1/catalog/plans?currency=usd"));

        assertThat(plan(usd, euroOnly)).isNull();
        assertThat(plan(usd, retired)).isNull();
        JsonNode plan = plan(usd, everywhere);
        assertThat(plan.path("prices").size()).isEqualTo(1);
        assertThat(plan.path("prices").get(0).path("price").asString()).isEqualTo("75.00");
        assertThat(plan(json(get("/api/v1/catalog/plans?currency=EUR")), euroOnly))
                .isNotNull();
    }

    @Test
    void anUnknownCurrencyIsAFieldError() {
        var response = get("/api/v1/catalog/plans?currency=JPY", "Accept-Language", "de");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = json(response).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("currency");
        assertThat(error.path("message").asString()).contains("unterstützten Währungen");
    }

    @Test
    void onePlanIsReadableEvenWhenRetired() {
        var response = get("/api/v1/catalog/plans/" + retired);

        assertThat(response.status()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.path("active").asBoolean()).isFalse();
        assertThat(plan.path("prices").get(0).path("currency").asString()).isEqualTo("USD");

        assertThat(get("/api/v1/catalog/plans/999999999").status()).isEqualTo(404);
        assertThat(get("/api/v1/catalog/plans/abc").status()).isEqualTo(404);
    }

    @Test
    void withoutATokenTheCatalogIsClosed() {
        assertThat(web.get("/api/v1/catalog/plans").status()).isEqualTo(401);
        assertThat(web.get("/api/v1/catalog/plans/" + everywhere, "Authorization", "Bearer foyer_pat_wrong")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalog() {
        JsonNode doc = json(web.get("/v3/api-docs"));

        JsonNode list = doc.at("/paths/~1api~1v1~1catalog~1plans/get");
        assertThat(list.isMissingNode()).isFalse();
        assertThat(list.path("parameters").get(0).path("name").asString()).isEqualTo("currency");
        assertThat(list.at("/responses/200").toString()).contains("#/components/schemas/Plans");
        assertThat(list.at("/responses/422").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1catalog~1plans~1{planId}/get/responses/404")
                        .isMissingNode())
                .isFalse();
        assertThat(doc.at("/components/schemas/PriceView/properties/price/type").asString())
                .isEqualTo("string");
    }
}
