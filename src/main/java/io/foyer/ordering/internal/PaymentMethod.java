package io.foyer.ordering.internal;

/** How the customer pays an order: by bank transfer later, or at once from the account's balance. */
public enum PaymentMethod {
    BANK_TRANSFER,
    BALANCE
}
