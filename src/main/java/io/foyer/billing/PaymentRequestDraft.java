package io.foyer.billing;

import java.util.List;

/** One payment request of a batch ({@link Billing#requestPayments}). */
public record PaymentRequestDraft(long accountId, DocumentOrigin origin, List<DraftLine> lines) {}
