package io.foyer.billing;

import java.time.Instant;

/**
 * A payment request (or an invoice issued at once) has been paid in full — by bank transfer
 * recorded by staff, from the balance, or later by a gateway. Published in the paying transaction.
 */
public record PaymentRequestPaid(long accountId, long documentId, DocumentOrigin origin, Instant paidAt) {}
