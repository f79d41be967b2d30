package io.foyer.ordering.internal;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Plan;
import io.foyer.catalog.PlanPrice;
import io.foyer.subscription.RenewalTerm;
import io.foyer.subscription.ServiceDetails;

/**
 * A cart item looked up in the catalog for one currency, or for a renewal, the service and its
 * renewal term.
 *
 * @param index the item's position in the cart (0-based)
 * @param plan the plan, or null when the catalog no longer has it
 * @param price its price (a renewal's has no setup fee), or null when it cannot be ordered in that currency
 * @param refusal the message key saying why it cannot be ordered, or null
 * @param service for a renewal, the service when it was found; else null
 * @param term for a renewal, the chosen period's term when it can be renewed for it; else null
 */
public record QuotedItem(
        int index,
        CartItem item,
        Plan plan,
        PlanPrice price,
        String refusal,
        ServiceDetails service,
        RenewalTerm term) {

    public QuotedItem(int index, CartItem item, Plan plan, PlanPrice price, String refusal) {
        this(index, item, plan, price, refusal, null, null);
    }

    public boolean orderable() {
        return refusal == null;
    }

    public boolean renewal() {
        return item.isRenewal();
    }

    public String name() {
        if (item.isRenewal()) {
            return service == null ? "#" + item.serviceId() : service.name();
        }
        return plan == null ? "#" + item.planId() : plan.productName() + " " + plan.name();
    }

    public BillingPeriod period() {
        return item.period();
    }
}
