package io.foyer.subscription;

import io.foyer.account.Actor;
import io.foyer.billing.DocumentRef;
import java.util.List;

/**
 * {@link Services#extend} for a batch of due services, as the billing run needs it: the services
 * are locked and checked, their payment requests issued and their renewals recorded with a few
 * statements for the whole batch, in the caller's transaction.
 */
public interface RenewalRequests {

    /**
     * Requests payment of each service's next period (or answers the request it already has); a
     * service with auto-renew has it paid from the account's balance at once when the balance
     * covers it, and only the others' requests are mailed. Answers per service, in the order given.
     */
    List<Requested> request(List<RenewalQueue.DueService> due, Actor actor);

    /**
     * One service of a batch: its payment request, or why it was refused — a {@link
     * ServiceActionRefused} or a {@link io.foyer.billing.BillingRefused}; nothing was written for a
     * refused service.
     *
     * @param paidFromBalance whether this call paid the request from the balance
     */
    record Requested(
            RenewalQueue.DueService service, DocumentRef document, RuntimeException refusal, boolean paidFromBalance) {}
}
