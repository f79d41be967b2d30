package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.Plan;
import io.foyer.catalog.ProductKind;
import io.foyer.identity.StaffRole;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CatalogConsoleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration admin;

    private static String unique(String prefix) {
        return Fixtures.uniqueEmail(prefix).replace("@example.test", "");
    }

    private static long idAfter(String redirect, String prefix) {
        String rest = redirect.substring(redirect.indexOf(prefix) + prefix.length());
        return Long.parseLong(rest.replaceAll("\\D.*", ""));
    }

    private long pricedPlan() {
        long product = admin.createProduct(ProductKind.VIRTUAL_SERVER, unique("console-vs"), "");
        long plan = admin.createPlan(product, "VS 2", "", Map.of("CPU", "2 vCPU"));
        admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("7.50", "EUR"), Money.of("5", "EUR"));
        return plan;
    }

    @Test
    void billingStaffCreateAProductAPlanWithValuesAndItsPrices() {
        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
        String name = unique("console-product");

        assertThat(billing.get("/console/catalog").body()).contains("New product");
        assertThat(billing.get("/console/catalog/products/new").status()).isEqualTo(200);
        var created = billing.postForm(
                "/console/catalog/products", "kind", "VIRTUAL_SERVER", "name", name, "description", "KVM servers");
        assertThat(created.redirect()).contains("/console/catalog/products/");
        long productId = idAfter(created.redirect(), "/products/");
        assertThat(billing.get("/console/catalog/products/" + productId).body())
                .contains("Your changes have been saved.")
                .contains(name);

        var plan = billing.postForm(
                "/console/catalog/products/" + productId + "/plans",
                "name",
                "VS 8",
                "description",
                "Eight cores",
                "labels",
                "CPU",
                "values",
                "8 vCPU",
                "labels",
                "",
                "values",
                "",
                "labels",
                "RAM",
                "values",
                "16 GB");
        assertThat(plan.redirect()).endsWith("/prices");
        long planId = idAfter(plan.redirect(), "/plans/");
        assertThat(billing.get("/console/catalog/plans/" + planId + "/prices").body())
                .contains("The plan has been created")
                .contains("EUR price for 1 month");

        var prices = billing.postForm(
                "/console/catalog/plans/" + planId + "/prices",
                "price[EUR-1]",
                "19.90",
                "setupFee[EUR-1]",
                "29",
                "price[EUR-12]",
                "199,00",
                "price[USD-1]",
                " 21.90 ",
                "price[GBP-3]",
                "");
        assertThat(prices.redirect()).endsWith("/console/catalog/plans/" + planId + "/prices");

        Plan read = catalog.plan(planId).orElseThrow();
        assertThat(read.configuration()).containsExactly(Map.entry("CPU", "8 vCPU"), Map.entry("RAM", "16 GB"));
        assertThat(read.prices())
                .extracting(p -> p.price() + "/" + p.period().months() + "/" + p.setupFee())
                .containsExactly("19.90 EUR/1/29.00 EUR", "199.00 EUR/12/0.00 EUR", "21.90 USD/1/0.00 USD");
        assertThat(billing.get("/console/catalog/plans/" + planId).body())
                .contains("19.90 EUR")
                .contains("value=\"8 vCPU\"");
        assertThat(billing.get("/console/catalog").body()).contains(name).contains("VS 8");
    }

    @Test
    void editingAProductOrPlanChangesItAndRetiringStopsOrders() {
        long planId = pricedPlan();
        long productId = catalog.plan(planId).orElseThrow().productId();
        WebClient adminWeb = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));
        String newName = unique("console-renamed");

        var saved = adminWeb.postForm(
                "/console/catalog/products/" + productId,
                "kind",
                "DEDICATED_SERVER",
                "name",
                newName,
                "description",
                "",
                "sortOrder",
                "5");
        assertThat(saved.redirect()).endsWith("/console/catalog/products/" + productId);
        assertThat(adminWeb.get(saved.redirect()).body()).contains("Your changes have been saved.");
        assertThat(catalog.plan(planId).orElseThrow().kind()).isEqualTo(ProductKind.DEDICATED_SERVER);

        var planSaved = adminWeb.postForm(
                "/console/catalog/plans/" + planId,
                "name",
                "VS 2 new",
                "description",
                "",
                "sortOrder",
                "1",
                "labels",
                "Disk",
                "values",
                "80 GB");
        assertThat(planSaved.redirect()).endsWith("/console/catalog/plans/" + planId);
        assertThat(adminWeb.get(planSaved.redirect()).body()).contains("Your changes have been saved.");
        assertThat(catalog.plan(planId).orElseThrow().configuration()).containsExactly(Map.entry("Disk", "80 GB"));

        assertThat(adminWeb.postForm("/console/catalog/plans/" + planId + "/retire")
                        .redirect())
                .endsWith("/console/catalog/plans/" + planId);
        assertThat(catalog.orderablePrice(planId, BillingPeriod.ONE_MONTH, "EUR"))
                .isEmpty();
        assertThat(adminWeb.get("/console/catalog/plans/" + planId).body())
                .contains("The plan has been retired.")
                .contains("Reactivate plan");
        adminWeb.postForm("/console/catalog/plans/" + planId + "/activate");
        assertThat(catalog.orderablePrice(planId, BillingPeriod.ONE_MONTH, "EUR"))
                .isPresent();

        adminWeb.postForm("/console/catalog/products/" + productId + "/retire");
        assertThat(catalog.orderablePrice(planId, BillingPeriod.ONE_MONTH, "EUR"))
                .isEmpty();
        assertThat(adminWeb.get("/console/catalog/plans/" + planId).body()).contains("its product is retired");
        adminWeb.postForm("/console/catalog/products/" + productId + "/activate");
        assertThat(catalog.orderablePrice(planId, BillingPeriod.ONE_MONTH, "EUR"))
                .isPresent();
    }

    @Test
    void wrongPricesGetAMessageNextToTheFieldAndNothingChanges() {
        long planId = pricedPlan();
        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
        String path = "/console/catalog/plans/" + planId + "/prices";

        var wrong = billing.postForm(
                path,
                "price[EUR-1]",
                "abc",
                "price[EUR-3]",
                "-5",
                "price[EUR-6]",
                "10.005",
                "price[EUR-12]",
                "10000000000",
                "price[USD-1]",
                "1e3",
                "setupFee[USD-3]",
                "10",
                "price[GBP-1]",
                "12.5",
                "setupFee[GBP-1]",
                "-0.01",
                "price[CHF-24]",
                "1" + "0".repeat(30));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Nothing has been changed.")
                .contains("Please enter an amount such as 9.99.")
                .contains("Amounts cannot be negative.")
                .contains("This currency has at most two decimal places.")
                .contains("This amount is too large.")
                .contains("A setup fee needs a price for the same period.")
                .contains("aria-describedby=\"price-EUR-1-error\"")
                .contains("value=\"abc\"");
        assertThat(catalog.plan(planId).orElseThrow().prices())
                .extracting(p -> p.price().toString())
                .containsExactly("7.50 EUR");

        assertThat(billing.get(path + "?lang=de").body()).contains("Preis in EUR für 1 Monat");
        var german = billing.postForm(path, "price[EUR-1]", "9,999");
        assertThat(german.body()).contains("Diese Währung hat höchstens zwei Nachkommastellen.");
        billing.get(path + "?lang=en");

        var unknownCurrency = billing.postForm(path, "price[EUR-1]", "8", "price[JPY-1]", "100");
        assertThat(unknownCurrency.status()).isEqualTo(200);
        assertThat(unknownCurrency.body()).contains("Please choose one of the supported currencies");
        var unknownPeriod = billing.postForm(path, "price[EUR-2]", "8");
        assertThat(unknownPeriod.body()).contains("Please choose one of the supported currencies");
        assertThat(catalog.plan(planId).orElseThrow().prices()).hasSize(1);
    }

    @Test
    void emptyOrTooLongTextsAndIncompleteValuesAreRefused() {
        long planId = pricedPlan();
        long productId = catalog.plan(planId).orElseThrow().productId();
        WebClient billing = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));

        var noName = billing.postForm("/console/catalog/products", "kind", "ADD_ON", "name", "  ", "description", "");
        assertThat(noName.status()).isEqualTo(200);
        assertThat(noName.body()).contains("Please fill in this field.");
        var noKind = billing.postForm("/console/catalog/products", "kind", "SPACESHIP", "name", "x", "description", "");
        assertThat(noKind.status()).isEqualTo(200);
        assertThat(noKind.body()).contains("Please enter a valid value.");
        var tooLong = billing.postForm(
                "/console/catalog/products", "kind", "ADD_ON", "name", "x".repeat(101), "description", "");
        assertThat(tooLong.body()).contains("This value is too long.");
        String existing = catalog.plan(planId).orElseThrow().productName();
        var taken = billing.postForm(
                "/console/catalog/products", "kind", "ADD_ON", "name", existing.toUpperCase(), "description", "");
        assertThat(taken.body()).contains("This name is already in use.");
        var badSort = billing.postForm(
                "/console/catalog/products/" + productId,
                "kind",
                "ADD_ON",
                "name",
                existing,
                "description",
                "",
                "sortOrder",
                "x");
        assertThat(badSort.body()).contains("Please enter a whole number.");

        var incomplete = billing.postForm(
                "/console/catalog/plans/" + planId,
                "name",
                "VS 2",
                "description",
                "d".repeat(2001),
                "sortOrder",
                "10",
                "labels",
                "CPU",
                "values",
                "",
                "labels",
                "RAM",
                "values",
                "4 GB",
                "labels",
                "ram",
                "values",
                "8 GB");
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body())
                .contains("Every configuration value needs both a label and a value.")
                .contains("Each label may appear only once.")
                .contains("This value is too long.");
        assertThat(catalog.plan(planId).orElseThrow().configuration()).containsExactly(Map.entry("CPU", "2 vCPU"));
        assertThat(catalog.plan(planId).orElseThrow().name()).isEqualTo("VS 2");
    }

    @Test
    void supportReadsTheCatalogButCannotChangeIt() {
        long planId = pricedPlan();
        long productId = catalog.plan(planId).orElseThrow().productId();
        WebClient support = ConsoleSessions.staff(port, fixtures.staff(StaffRole.SUPPORT));

        assertThat(support.get("/console/catalog").status()).isEqualTo(200);
        assertThat(support.get("/console/catalog").body()).doesNotContain("New product");
        var planPage = support.get("/console/catalog/plans/" + planId);
        assertThat(planPage.status()).isEqualTo(200);
        assertThat(planPage.body()).contains("<fieldset disabled").doesNotContain("Save plan");
        assertThat(support.get("/console/catalog/plans/" + planId + "/prices").status())
                .isEqualTo(200);
        assertThat(support.get("/console/catalog/products/" + productId).status())
                .isEqualTo(200);

        assertThat(support.get("/console/catalog/products/new").status()).isEqualTo(403);
        assertThat(support.postForm("/console/catalog/products", "kind", "ADD_ON", "name", "x")
                        .status())
                .isEqualTo(403);
        assertThat(support.postForm("/console/catalog/plans/" + planId + "/prices", "price[EUR-1]", "1")
                        .status())
                .isEqualTo(403);
        assertThat(support.postForm("/console/catalog/plans/" + planId + "/retire")
                        .status())
                .isEqualTo(403);
        assertThat(support.postForm("/console/catalog/products/" + productId + "/retire")
                        .status())
                .isEqualTo(403);
        assertThat(catalog.orderablePrice(planId, BillingPeriod.ONE_MONTH, "EUR"))
                .isPresent();

        var customer = fixtures.owner("console-catalog-customer");
        WebClient customerWeb = ConsoleSessions.customer(port, customer.email());
        assertThat(customerWeb.get("/console/catalog").status()).isNotEqualTo(200);
    }

    @Test
    void unknownOrMalformedIdsAnswer404() {
        WebClient adminWeb = ConsoleSessions.staff(port, fixtures.staff(StaffRole.ADMIN));

        assertThat(adminWeb.get("/console/catalog/plans/999999999").status()).isEqualTo(404);
        assertThat(adminWeb.get("/console/catalog/plans/abc/prices").status()).isEqualTo(404);
        assertThat(adminWeb.get("/console/catalog/products/999999999").status()).isEqualTo(404);
        assertThat(adminWeb.postForm("/console/catalog/plans/999999999/retire").status())
                .isEqualTo(404);
    }
}
