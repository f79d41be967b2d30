package io.foyer.billing;

import java.util.List;

/**
 * One payment request of a batch ({@link Billing#requestPayments}).
 *
 * @param fromBalance pay it from the account's balance as it is issued, when the balance covers it
 */
public record PaymentRequestDraft(long accountId, DocumentOrigin origin, List<DraftLine> lines, boolean fromBalance) {

    /** A draft to be paid some other way. */
    public PaymentRequestDraft(long accountId, DocumentOrigin origin, List<DraftLine> lines) {
        this(accountId, origin, lines, false);
    }
}
