package io.foyer.ordering;

import io.foyer.account.Actor;
import io.foyer.catalog.BillingPeriod;
import java.util.List;

/**
 * Placing an order from another module (demo data, a future renewal shop): the same checkout as
 * the pages and the API — one transaction with the order, a pending service per item and the
 * payment request. The caller vouches that the terms were accepted.
 */
public interface Ordering {

    record Item(long planId, BillingPeriod period) {}

    record Placed(long orderId, long documentId, List<Long> serviceIds) {}

    /**
     * @throws RuntimeException and writes nothing when an item cannot be ordered in the account's
     *     currency, the billing address is incomplete, or the balance does not cover the order
     */
    Placed place(long accountId, List<Item> items, boolean payFromBalance, Actor actor);
}
