package io.foyer.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the billing run reads about services: those due for renewal and the unpaid renewal requests.
 * Both are read in service or request id order from {@code afterId}, so a run can walk them in
 * batches. {@code accountIds} narrows them to some accounts; null means all.
 */
public interface RenewalQueue {

    /**
     * Active services without a pending cancellation whose paid period ends on or before {@code
     * until} and whose next period has no payment request yet.
     */
    List<DueService> due(LocalDate until, Collection<Long> accountIds, long afterId, int limit);

    long countDue(LocalDate until, Collection<Long> accountIds);

    /**
     * Unpaid payment requests for the period right after a running service's paid period (the
     * service not being cancelled at its period end), by request id.
     */
    List<UnpaidRenewal> unpaid(Collection<Long> accountIds, long afterId, int limit);

    /** A service due for renewal. */
    record DueService(long serviceId, long accountId, boolean autoRenew, LocalDate periodEnd) {}

    /**
     * An unpaid renewal request.
     *
     * @param id the request's id in this module (the order to walk them in)
     * @param dueOn the first day of the period it pays for
     * @param serviceName the service's name as its pages show it
     */
    record UnpaidRenewal(
            long id,
            long serviceId,
            long accountId,
            long documentId,
            LocalDate dueOn,
            ServiceStatus status,
            String serviceName) {}
}
