package io.foyer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.catalog.ProductKind;
import io.foyer.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo catalog, seeded inside a transaction that is rolled back, so other tests never see it. */
@IntegrationTest
class DemoCatalogIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration admin;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aPlanOfEachKindInEuroAndDollarsAndOneInEuroOnly() {
        tx.executeWithoutResult(status -> {
            DemoCatalog demo = new DemoCatalog(admin);
            demo.seed();
            int products = admin.products().size();
            demo.seedIfEmpty();
            assertThat(admin.products()).hasSize(products);

            List<Plan> plans = catalog.activePlans();
            for (ProductKind kind : ProductKind.values()) {
                assertThat(plans)
                        .as(kind.name())
                        .anyMatch(p -> p.kind() == kind
                                && p.pricesIn("EUR").size() >= 2
                                && p.pricesIn("USD").size() >= 2);
            }
            for (String name : List.of(DemoCatalog.VIRTUAL_PLAN, DemoCatalog.DEDICATED_PLAN)) {
                Plan server = plan(plans, name);
                assertThat(server.prices()).anyMatch(p -> p.setupFee().isPositive());
            }
            Plan euroOnly = plan(plans, DemoCatalog.EUR_ONLY_PLAN);
            assertThat(euroOnly.prices()).extracting(PlanPrice::price).allMatch(m -> m.currency()
                    .equals("EUR"));
            assertThat(catalog.orderablePrice(euroOnly.id(), BillingPeriod.ONE_MONTH, "USD"))
                    .isEmpty();
            assertThat(catalog.orderablePrice(euroOnly.id(), BillingPeriod.ONE_MONTH, "EUR"))
                    .isPresent();
            status.setRollbackOnly();
        });
    }

    private static Plan plan(List<Plan> plans, String name) {
        return plans.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
