package io.foyer.billing.document;

/** The kind of document rendered; decides the title and, for e-invoices, the type code. */
public enum DocumentType {
    /** Proforma: not an invoice, no e-invoice XML. */
    PAYMENT_REQUEST,
    /** Type code 380. */
    INVOICE,
    /** Type code 381; amounts are positive, what is credited. */
    CREDIT_NOTE,
    /** An offer for the listed lines: not an invoice, no e-invoice XML. */
    QUOTE
}
