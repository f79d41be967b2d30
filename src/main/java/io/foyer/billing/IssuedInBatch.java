package io.foyer.billing;

/**
 * What became of one draft of a batch: its document, or why billing refused it (then nothing was
 * written for it; the other drafts of the batch are not affected).
 */
public record IssuedInBatch(PaymentRequestDraft draft, DocumentRef document, BillingRefused refusal) {

    public boolean issued() {
        return document != null;
    }
}
