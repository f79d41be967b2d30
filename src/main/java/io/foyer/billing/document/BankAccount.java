package io.foyer.billing.document;

/** The provider's account for bank transfers. */
public record BankAccount(String holder, String iban, String bic, String bankName) {}
