package io.foyer.subscription;

import io.foyer.account.Actor;

/** What staff do to services from the console; every change is audited with its reason. */
public interface ServiceAdministration {

    void suspend(long accountId, long serviceId, String reason, Actor actor);

    void reactivate(long accountId, long serviceId, String reason, Actor actor);

    /** Ends the service at once, whatever the provider's cancellation setting. */
    void terminate(long accountId, long serviceId, String reason, Actor actor);

    /** Cancels the services whose cancellation at the period end has come; answers how many. */
    int endCancelledPeriods();
}
