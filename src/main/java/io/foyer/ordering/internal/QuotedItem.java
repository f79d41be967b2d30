package io.foyer.ordering.internal;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;

/**
 * A cart item looked up in the catalog for one currency.
 *
 * @param index the item's position in the cart (0-based)
 * @param plan the plan, or null when the catalog no longer has it
 * @param price its price, or null when it cannot be ordered in that currency
 * @param refusal the message key saying why it cannot be ordered, or null
 */
public record QuotedItem(int index, CartItem item, Plan plan, PlanPrice price, String refusal) {

    public boolean orderable() {
        return refusal == null;
    }

    public String name() {
        return plan == null ? "#" + item.planId() : plan.productName() + " " + plan.name();
    }

    public BillingPeriod period() {
        return item.period();
    }
}
