package io.foyer.subscription;

import io.foyer.account.Actor;
import io.foyer.billing.DocumentRef;
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
