package io.foyer.catalog;

import java.util.List;
import java.util.Optional;

/** Reading the catalog. */
public interface Catalog {

    /**
     * The currencies plans can be priced in. Accounts choose among the same four; the account
     * module keeps its list internal, so the catalog states it here for everyone.
     */
    List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");

    /** Active plans of active products, ordered by product and plan, with all their prices. */
    List<Plan> activePlans();

    /**
     * A plan, active or retired. {@link Plan#active()} is true only while both the plan and its
     * product are active, i.e. while it can be ordered at all.
     */
    Optional<Plan> plan(long planId);

    /**
     * The price of an active plan for one period in one currency; empty when the plan is retired
     * or has no price for that period in that currency (it cannot be ordered then).
     */
    Optional<PlanPrice> orderablePrice(long planId, BillingPeriod period, String currency);

    /**
     * Why an account in this currency cannot order the plan at all, or empty when it can in at
     * least one period (see {@link Plan#pricesIn(String)} for which).
     */
    default Optional<NotOrderable> whyNotOrderable(long planId, String currency) {
        Optional<Plan> plan = plan(planId);
        if (plan.isEmpty()) {
            return Optional.of(NotOrderable.UNKNOWN_PLAN);
        }
        if (!plan.get().active()) {
            return Optional.of(NotOrderable.RETIRED);
        }
        if (plan.get().pricesIn(currency).isEmpty()) {
            return Optional.of(NotOrderable.NO_PRICE_IN_CURRENCY);
        }
        return Optional.empty();
    }
}
