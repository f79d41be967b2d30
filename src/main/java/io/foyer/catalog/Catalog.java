package io.foyer.catalog;

import java.util.List;
import java.util.Optional;

/** Reading the catalog. */
public interface Catalog {

    /** Active plans of active products, ordered by product and plan, with all their prices. */
    List<Plan> activePlans();

    /** A plan, active or retired. */
    Optional<Plan> plan(long planId);

    /**
     * The price of an active plan for one period in one currency; empty when the plan is retired
     * or has no price for that period in that currency (it cannot be ordered then).
     */
    Optional<PlanPrice> orderablePrice(long planId, BillingPeriod period, String currency);
}
