package io.foyer.catalog;

/**
 * Why an account cannot order a plan; each has a message {@code catalog.notOrderable.<NAME>} in
 * the {@code catalog} bundle, with the currency as argument {0}.
 */
public enum NotOrderable {
    /** No such plan. */
    UNKNOWN_PLAN,
    /** The plan or its product is retired. */
    RETIRED,
    /** The plan has no price in the account's currency, for any period. */
    NO_PRICE_IN_CURRENCY
}
