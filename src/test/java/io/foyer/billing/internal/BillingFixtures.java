package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.DemoSupport;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DraftLine;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Accounts with a billing address and documents for billing tests. */
public final class BillingFixtures {

    private static final AtomicLong ORDERS = new AtomicLong(System.nanoTime() % 1_000_000);
    public static final Actor SYSTEM = Actor.system();

    private BillingFixtures() {}

    /** A German private customer (domestic VAT for the default German seller). */
    public static Fixtures.UserAndAccount germanCustomer(Fixtures fixtures, DemoSupport support, String prefix) {
        var owner = fixtures.owner(prefix);
        support.completeAddress(owner.account().id(), "PRIVATE", null, "Hauptstraße 5", "10115", "Berlin", "DE", null);
        return owner;
    }

    public static DraftLine line(String description, String quantity, String price) {
        return new DraftLine(description, new BigDecimal(quantity), Money.of(price, "EUR"), null, null, null);
    }

    public static DocumentOrigin order() {
        return new DocumentOrigin(DocumentOrigin.Kind.ORDER, ORDERS.incrementAndGet());
    }

    /** A payment request of 2 × 10.00 EUR net for a new order. */
    public static Document request(Issuing issuing, long accountId) {
        return issuing.issue(
                accountId,
                DocumentKind.PAYMENT_REQUEST,
                order(),
                List.of(line("Web hosting S, 1 month", "2", "10.00")),
                SYSTEM);
    }
}
