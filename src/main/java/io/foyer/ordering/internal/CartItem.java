package io.foyer.ordering.internal;

import io.foyer.catalog.BillingPeriod;
import java.io.Serializable;

/**
 * One item to order (quantity 1), kept in the session's cart: a plan for one billing period, or
 * the renewal of an account's service for a period of its choice.
 *
 * @param planId the plan to order; 0 for a renewal (the service knows its plan)
 * @param accountId for a renewal, the account the service belongs to; else null
 * @param serviceId for a renewal, the service to renew; else null
 */
public record CartItem(long planId, BillingPeriod period, Long accountId, Long serviceId) implements Serializable {

    public CartItem(long planId, BillingPeriod period) {
        this(planId, period, null, null);
    }

    /** The renewal of a service for {@code period}. */
    public static CartItem renewing(long accountId, long serviceId, BillingPeriod period) {
        return new CartItem(0, period, accountId, serviceId);
    }

    public boolean isRenewal() {
        return serviceId != null;
    }
}
