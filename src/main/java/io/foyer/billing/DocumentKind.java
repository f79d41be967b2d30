package io.foyer.billing;

/** The kinds of billing documents, each with its own number series. */
public enum DocumentKind {
    PAYMENT_REQUEST,
    INVOICE,
    CREDIT_NOTE
}
