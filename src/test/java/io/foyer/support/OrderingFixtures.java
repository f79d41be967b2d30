package io.foyer.support;

import io.foyer.account.DemoSupport;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Plans to order and customers with a German billing address (19 % VAT for the default seller). */
public final class OrderingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private final CatalogAdministration catalog;
    private final DemoSupport support;
    private final Fixtures fixtures;

    public OrderingFixtures(CatalogAdministration catalog, DemoSupport support, Fixtures fixtures) {
        this.catalog = catalog;
        this.support = support;
        this.fixtures = fixtures;
    }

    /** A virtual server plan priced in EUR: 10.00 a month, 100.00 for twelve months, setup fee 5.00 once. */
    public long plan(String name) {
        // Product names are unique in the catalog, and every test class shares one database.
        long product = catalog.createProduct(
                ProductKind.VIRTUAL_SERVER, "VPS " + SEQUENCE.incrementAndGet(), "Virtual servers");
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("CPU", "2 vCPU");
        configuration.put("RAM", "4 GB");
        long plan = catalog.createPlan(product, name, "A small server", configuration);
        catalog.setPrice(plan, BillingPeriod.ONE_MONTH, Money.of("10.00", "EUR"), Money.of("5.00", "EUR"));
        catalog.setPrice(plan, BillingPeriod.TWELVE_MONTHS, Money.of("100.00", "EUR"), Money.of("0.00", "EUR"));
        return plan;
    }

    /** How customers see the plan: product and plan name. */
    public String name(long planId) {
        return catalog.planEntry(planId)
                .map(e -> e.plan().productName() + " " + e.plan().name())
                .orElseThrow();
    }

    /** A user owning an account with a complete German private billing address. */
    public Fixtures.UserAndAccount customer(String prefix) {
        var owner = fixtures.owner(prefix);
        address(owner.account().id());
        return owner;
    }

    public void address(long accountId) {
        support.completeAddress(accountId, "PRIVATE", null, "Hauptstraße 5", "10115", "Berlin", "DE", null);
    }
}
