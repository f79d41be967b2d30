package io.foyer.renewal;

import io.foyer.subscription.ServiceDetails;
import java.util.List;

/** What the customer panel shows about renewals. Scoped to one account. */
public interface Renewals {

    /**
     * The account's running services due for renewal: their paid period ends within the provider's
     * lead time (or has ended) and they are not cancelled at the period end. By period end.
     */
    List<ServiceDetails> due(long accountId);
}
