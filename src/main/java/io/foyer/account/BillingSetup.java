package io.foyer.account;

/**
 * Completing an account's billing data from another module's flow, e.g. checkout: the billing
 * address, and the currency of an account created just for an order. Callers validate the values
 * (countries as ISO codes, profile PRIVATE or BUSINESS); each change is audited.
 */
public interface BillingSetup {

    /** The billing address; the account contact's name, email and phone stay as they are. */
    record BillingAddress(
            String profileType,
            String company,
            String street,
            String postalCode,
            String city,
            String country,
            String vatId) {}

    void completeAddress(long accountId, BillingAddress address, Actor actor);

    /** Sets the currency of an account that has no documents yet (one of EUR, USD, GBP, CHF). */
    void chooseCurrency(long accountId, String currency, Actor actor);
}
