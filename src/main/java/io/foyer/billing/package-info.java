/**
 * Billing: payment requests (proforma), invoices and credit notes with gap-free number series,
 * the balance ledger and payouts, payment links, the provider's seller settings, and the PDF and
 * e-invoice documents. Other modules ask for payment through {@link Billing} and learn about
 * payments from {@link PaymentRequestPaid}.
 */
package io.foyer.billing;
