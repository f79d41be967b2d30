package io.foyer.demo;

import io.foyer.account.Actor;
import io.foyer.billing.Billing;
import io.foyer.billing.BillingAdministration;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.ordering.Ordering;
import io.foyer.subscription.Services;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Real documents from the first start: the first demo account orders web hosting, pays by bank
 * transfer (so it has an active service and a paid invoice) and has the next month's renewal
 * request open; the second account, an Austrian business with a VAT ID, has a paid
 * reverse-charge invoice for a virtual server. Everything goes through the same checkout and
 * payment code as the pages.
 */
@Component
@Profile("demo")
class DemoBilling {

    private final Catalog catalog;
    private final Ordering ordering;
    private final BillingAdministration billing;
    private final Billing documents;
    private final Services services;
    private final Clock clock;

    DemoBilling(
            Catalog catalog,
            Ordering ordering,
            BillingAdministration billing,
            Billing documents,
            Services services,
            Clock clock) {
        this.catalog = catalog;
        this.ordering = ordering;
        this.billing = billing;
        this.documents = documents;
        this.services = services;
        this.clock = clock;
    }

    void seed(long firstAccount, long secondAccount) {
        Actor actor = Actor.system();
        Ordering.Placed hosting = orderAndPay(firstAccount, DemoCatalog.WEB_PLAN, BillingPeriod.ONE_MONTH, actor);
        services.extend(firstAccount, hosting.serviceIds().get(0), actor);
        orderAndPay(secondAccount, DemoCatalog.VIRTUAL_PLAN, BillingPeriod.TWELVE_MONTHS, actor);
    }

    private Ordering.Placed orderAndPay(long accountId, String planName, BillingPeriod period, Actor actor) {
        Ordering.Placed placed =
                ordering.place(accountId, List.of(new Ordering.Item(plan(planName), period)), false, actor);
        DocumentRef request =
                documents
                        .documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.ORDER, placed.orderId()))
                        .stream()
                        .filter(d -> d.id() == placed.documentId())
                        .findFirst()
                        .orElseThrow();
        billing.recordBankPayment(
                accountId, request.id(), request.gross(), LocalDate.now(clock), request.number(), actor);
        return placed;
    }

    private long plan(String name) {
        return catalog.activePlans().stream()
                .filter(p -> p.name().equals(name))
                .mapToLong(Plan::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo catalog has no plan " + name));
    }
}
