package io.foyer.subscription;

import io.foyer.account.Actor;
import io.foyer.billing.DocumentRef;
import io.foyer.catalog.BillingPeriod;
import java.util.List;
import java.util.Optional;

/** Services of an account: reading them, and what the customer may do with them. Scoped to one account. */
public interface Services {

    /** Creates a pending service for an order item, in the caller's transaction (checkout). */
    long createPending(NewService service);

    /** All services of the account, newest first. */
    List<ServiceDetails> ofAccount(long accountId);

    /** The active services of the account (what the dashboard lists), by period end. */
    List<ServiceDetails> active(long accountId);

    Optional<ServiceDetails> find(long accountId, long serviceId);

    List<ServiceDetails> ofOrder(long accountId, long orderId);

    /**
     * Asks for payment of the next period (a payment request of origin RENEWAL). Asking again for
     * the same period answers the same request; nothing is billed twice.
     *
     * @throws ServiceActionRefused when the service is not active or suspended, or its cancellation is pending
     */
    DocumentRef extend(long accountId, long serviceId, Actor actor);

    /**
     * Asks for payment of the next period for {@code period}: the service's own billing period (at
     * its recurring price, as the billing run asks) or a longer one its plan has a price for in the
     * service's currency. When that payment request is paid, the period is added and a longer
     * period becomes the service's billing period, at that price, for later renewals. A request for
     * the next period made before (by the billing run, say) is answered again when it is for the
     * same months; it is never billed twice.
     *
     * @throws ServiceActionRefused when the service is not running or its cancellation is pending, the
     *     period is shorter than its own or has no price, or the next period was requested for other months
     */
    DocumentRef extend(long accountId, long serviceId, BillingPeriod period, Actor actor);

    /**
     * The periods the service can be renewed for next, its own period first, then the longer ones its
     * plan is priced for; only the requested one when its next period has a payment request already;
     * none when it is not running or cancelled at the period end.
     */
    List<RenewalTerm> renewalTerms(long accountId, long serviceId);

    void setAutoRenew(long accountId, long serviceId, boolean autoRenew, Actor actor);

    /**
     * Cancels at the end of the paid period, or at once when {@code immediately} and the provider
     * allows it ({@link #immediateCancellationAllowed()}).
     */
    void cancel(long accountId, long serviceId, boolean immediately, Actor actor);

    /** Takes back a cancellation at the period end that has not taken effect yet. */
    void undoCancellation(long accountId, long serviceId, Actor actor);

    boolean immediateCancellationAllowed();
}
