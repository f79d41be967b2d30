package io.foyer.account;

/** Sends the provider's newsletter to every account that opted in. */
public interface Newsletters {

    /** Queues one mail per subscribed account, each with its one-click unsubscribe link; returns how many. */
    int send(String subject, String body, Actor actor);

    /** How many accounts would receive a newsletter now. */
    int subscribers();
}
