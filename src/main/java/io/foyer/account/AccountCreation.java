package io.foyer.account;

/** Creating accounts (sign-up, "create another account", demo data). */
public interface AccountCreation {

    /** Creates a private account for the user as owner with the given contact name and email. */
    AccountSummary createFor(long ownerUserId, String contactName, String email, String language, Actor actor);
}
