package io.foyer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CatalogIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration admin;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String name) {
        return Fixtures.uniqueEmail(name).replace("@example.test", "");
    }

    private static Map<String, String> serverValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CPU", "4 vCPU");
        values.put("RAM", "8 GB");
        values.put("Disk", "160 GB NVMe");
        values.put("Traffic", "20 TB");
        return values;
    }

    private long pricedPlan(String productName) {
        long product = admin.createProduct(ProductKind.VIRTUAL_SERVER, unique(productName), "Fast servers");
        long plan = admin.createPlan(product, "VS 4", "Four cores", serverValues());
        admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("9.99", "EUR"), Money.of("19", "EUR"));
        admin.setPrice(plan, BillingPeriod.TWELVE_MONTHS, Money.of("99.00", "EUR"), Money.zero("EUR"));
        admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("11.49", "USD"), Money.of("21.5", "USD"));
        return plan;
    }

    @Test
    void aPlanKeepsItsOrderedConfigurationAndAllItsPrices() {
        long plan = pricedPlan("catalog-read");

        Plan read = catalog.plan(plan).orElseThrow();
        assertThat(read.kind()).isEqualTo(ProductKind.VIRTUAL_SERVER);
        assertThat(read.name()).isEqualTo("VS 4");
        assertThat(read.productName()).startsWith("catalog-read");
        assertThat(read.active()).isTrue();
        assertThat(read.configuration().keySet()).containsExactly("CPU", "RAM", "Disk", "Traffic");
        assertThat(read.configuration()).containsEntry("Disk", "160 GB NVMe");
        assertThat(read.prices())
                .extracting(p -> p.price().toString() + " / " + p.period().months() + " / " + p.setupFee())
                .containsExactly("9.99 EUR / 1 / 19.00 EUR", "99.00 EUR / 12 / 0.00 EUR", "11.49 USD / 1 / 21.50 USD");
        assertThat(read.pricesIn("USD")).hasSize(1);
        assertThat(catalog.activePlans()).extracting(Plan::id).contains(plan);
    }

    @Test
    void orderablePriceIsThePriceOfAnActivePlanInThatPeriodAndCurrency() {
        long plan = pricedPlan("catalog-orderable");

        PlanPrice price =
                catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR").orElseThrow();
        assertThat(price.planId()).isEqualTo(plan);
        assertThat(price.price().sameAs(Money.of("9.99", "EUR"))).isTrue();
        assertThat(price.setupFee().sameAs(Money.of("19", "EUR"))).isTrue();
        assertThat(price.price().amount().scale()).isEqualTo(2);
    }

    @Test
    void orderablePriceIsEmptyForAMissingCurrencyOrPeriod() {
        long plan = pricedPlan("catalog-missing");

        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "GBP")).isEmpty();
        assertThat(catalog.orderablePrice(plan, BillingPeriod.TWELVE_MONTHS, "USD"))
                .isEmpty();
        assertThat(catalog.orderablePrice(plan, BillingPeriod.SIX_MONTHS, "EUR"))
                .isEmpty();
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "JPY")).isEmpty();
        assertThat(catalog.orderablePrice(Long.MAX_VALUE, BillingPeriod.ONE_MONTH, "EUR"))
                .isEmpty();
    }

    @Test
    void aRetiredPlanOrAPlanOfARetiredProductCannotBeOrdered() {
        long plan = pricedPlan("catalog-retired");

        admin.retirePlan(plan);
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")).isEmpty();
        assertThat(catalog.plan(plan).orElseThrow().active()).isFalse();
        assertThat(catalog.activePlans()).extracting(Plan::id).doesNotContain(plan);

        admin.activatePlan(plan);
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")).isPresent();

        long product = catalog.plan(plan).orElseThrow().productId();
        admin.retireProduct(product);
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")).isEmpty();
        assertThat(catalog.plan(plan).orElseThrow().active()).isFalse();
        PlanEntry entry = admin.planEntry(plan).orElseThrow();
        assertThat(entry.active()).isTrue();
        assertThat(entry.productActive()).isFalse();
        assertThat(catalog.activePlans()).extracting(Plan::id).doesNotContain(plan);

        admin.activateProduct(product);
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")).isPresent();
    }

    @Test
    void theReasonAPlanCannotBeOrderedIsNamed() {
        long plan = pricedPlan("catalog-why");

        assertThat(catalog.whyNotOrderable(plan, "EUR")).isEmpty();
        assertThat(catalog.whyNotOrderable(plan, "CHF")).contains(NotOrderable.NO_PRICE_IN_CURRENCY);
        assertThat(catalog.whyNotOrderable(Long.MAX_VALUE, "EUR")).contains(NotOrderable.UNKNOWN_PLAN);
        admin.retirePlan(plan);
        assertThat(catalog.whyNotOrderable(plan, "EUR")).contains(NotOrderable.RETIRED);
    }

    @Test
    void settingAPriceAgainReplacesItAndRemovingItStopsTheOffer() {
        long plan = pricedPlan("catalog-replace");

        admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("8.5", "EUR"), Money.of("0", "EUR"));
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")
                        .orElseThrow()
                        .price()
                        .plain())
                .isEqualTo("8.50");

        admin.removePrice(plan, BillingPeriod.ONE_MONTH, "EUR");
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")).isEmpty();
        assertThat(catalog.plan(plan).orElseThrow().prices()).hasSize(2);
    }

    @Test
    void replacingThePricesIsAllOrNothing() {
        long plan = pricedPlan("catalog-matrix");

        assertThatThrownBy(() -> admin.replacePrices(
                        plan,
                        List.of(
                                new PlanPrice(
                                        plan, BillingPeriod.THREE_MONTHS, Money.of("20", "GBP"), Money.zero("GBP")),
                                new PlanPrice(
                                        plan, BillingPeriod.SIX_MONTHS, Money.of("20.001", "GBP"), Money.zero("GBP")))))
                .isInstanceOfSatisfying(InvalidCatalogInput.class, e -> {
                    assertThat(e.field()).isEqualTo("price[GBP-6]");
                    assertThat(e.messageKey()).isEqualTo("catalog.validation.tooManyDecimals");
                });
        assertThat(catalog.plan(plan).orElseThrow().prices()).hasSize(3);

        admin.replacePrices(
                plan,
                List.of(new PlanPrice(plan, BillingPeriod.THREE_MONTHS, Money.of("20", "GBP"), Money.of("5", "GBP"))));
        assertThat(catalog.plan(plan).orElseThrow().prices())
                .extracting(p -> p.price().toString())
                .containsExactly("20.00 GBP");
    }

    @Test
    void wrongPricesAreRefused() {
        long plan = pricedPlan("catalog-wrong-price");

        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("-1", "EUR"), Money.zero("EUR")),
                "price",
                "catalog.validation.negative");
        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("1", "EUR"), Money.of("-0.01", "EUR")),
                "setupFee",
                "catalog.validation.negative");
        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("1.005", "EUR"), Money.zero("EUR")),
                "price",
                "catalog.validation.tooManyDecimals");
        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("1000000000", "EUR"), Money.zero("EUR")),
                "price",
                "catalog.validation.tooLarge");
        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("1", "JPY"), Money.zero("JPY")),
                "price",
                "catalog.validation.currency");
        assertRefused(
                () -> admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("1", "EUR"), Money.zero("USD")),
                "setupFee",
                "catalog.validation.currencyMismatch");
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")
                        .orElseThrow()
                        .price()
                        .plain())
                .isEqualTo("9.99");
        // 10.500 has trailing zeros only: it fits two decimals.
        admin.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("10.500", "EUR"), Money.zero("EUR"));
        assertThat(catalog.orderablePrice(plan, BillingPeriod.ONE_MONTH, "EUR")
                        .orElseThrow()
                        .price()
                        .plain())
                .isEqualTo("10.50");
    }

    @Test
    void namesAndConfigurationAreChecked() {
        String name = unique("catalog-names");
        long product = admin.createProduct(ProductKind.WEB_HOSTING, name, null);

        assertRefused(
                () -> admin.createProduct(ProductKind.ADD_ON, name.toUpperCase(), ""),
                "name",
                "catalog.validation.nameTaken");
        assertRefused(() -> admin.createProduct(ProductKind.ADD_ON, "  ", ""), "name", "catalog.validation.required");
        assertRefused(
                () -> admin.createProduct(ProductKind.ADD_ON, "x".repeat(101), ""),
                "name",
                "catalog.validation.tooLong");
        assertRefused(() -> admin.createProduct(null, "x", ""), "kind", "catalog.validation.kind");
        assertRefused(
                () -> admin.createProduct(ProductKind.ADD_ON, "a\u0000b", ""),
                "name",
                "catalog.validation.invalidCharacters");

        long plan = admin.createPlan(product, "Web S", "", Map.of());
        assertRefused(() -> admin.createPlan(product, "web s", "", Map.of()), "name", "catalog.validation.nameTaken");
        assertRefused(
                () -> admin.updatePlan(plan, "Web S", "", Map.of("Disk", " "), 10),
                "configuration",
                "catalog.validation.valueIncomplete");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Disk", "10 GB");
        twice.put("disk", "20 GB");
        assertRefused(
                () -> admin.updatePlan(plan, "Web S", "", twice, 10), "configuration", "catalog.validation.labelTwice");
        assertRefused(
                () -> admin.updatePlan(plan, "Web S", "", Map.of(), 10000),
                "sortOrder",
                "catalog.validation.sortOrder");
        assertThatThrownBy(() -> admin.createPlan(Long.MAX_VALUE, "x", "", Map.of()))
                .isInstanceOf(CatalogEntryNotFound.class);
        assertThatThrownBy(() -> admin.retirePlan(Long.MAX_VALUE)).isInstanceOf(CatalogEntryNotFound.class);

        Map<String, String> values = new LinkedHashMap<>();
        values.put(" Webspace ", " 10 GB ");
        values.put("Domains", "1");
        admin.updatePlan(plan, " Web Small ", " Starter ", values, 5);
        PlanEntry entry = admin.planEntry(plan).orElseThrow();
        assertThat(entry.plan().name()).isEqualTo("Web Small");
        assertThat(entry.plan().description()).isEqualTo("Starter");
        assertThat(entry.plan().configuration())
                .containsExactly(Map.entry("Webspace", "10 GB"), Map.entry("Domains", "1"));
        assertThat(entry.sortOrder()).isEqualTo(5);
    }

    @Test
    void productsListEveryPlanActiveAndRetiredInTheirOrder() {
        long product = admin.createProduct(ProductKind.DEDICATED_SERVER, unique("catalog-list"), "Bare metal");
        long second = admin.createPlan(product, "DS 2", "", Map.of());
        long first = admin.createPlan(product, "DS 1", "", Map.of());
        admin.updatePlan(first, "DS 1", "", Map.of(), 1);
        admin.retirePlan(second);

        Product read = admin.product(product).orElseThrow();
        assertThat(read.kind()).isEqualTo(ProductKind.DEDICATED_SERVER);
        assertThat(read.plans()).extracting(p -> p.plan().name()).containsExactly("DS 1", "DS 2");
        assertThat(read.plans()).extracting(PlanEntry::active).containsExactly(true, false);
        assertThat(admin.products()).extracting(Product::id).contains(product);

        admin.updateProduct(product, ProductKind.VIRTUAL_SERVER, "  Renamed " + product, "", 42);
        Product renamed = admin.product(product).orElseThrow();
        assertThat(renamed.name()).isEqualTo("Renamed " + product);
        assertThat(renamed.sortOrder()).isEqualTo(42);
        assertThat(catalog.plan(first).orElseThrow().kind()).isEqualTo(ProductKind.VIRTUAL_SERVER);
    }

    @Test
    void theDatabaseRefusesNegativeAmountsAndUnknownCurrencies() {
        long plan = pricedPlan("catalog-db");

        assertThatThrownBy(() -> jdbc.sql(
                                "insert into catalog_plan_price (plan_id, period_months, currency, price) values (?, 3, 'EUR', -1)")
                        .param(plan)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into catalog_plan_price (plan_id, period_months, currency, price) values (?, 3, 'JPY', 1)")
                        .param(plan)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into catalog_plan_price (plan_id, period_months, currency, price) values (?, 2, 'EUR', 1)")
                        .param(plan)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void assertRefused(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidCatalogInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
