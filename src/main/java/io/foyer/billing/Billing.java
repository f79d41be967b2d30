package io.foyer.billing;

import io.foyer.account.Actor;
import io.foyer.shared.Money;
import java.util.List;

/** What other modules (ordering, renewals) ask of billing. Every method is scoped to one account. */
public interface Billing {

    /** Prices lines for the account as of today: its currency, billing address and VAT treatment. */
    PricedDraft price(long accountId, List<DraftLine> lines);

    /**
     * Creates a payment request for the lines (or issues an invoice at once, when the provider
     * chose so) in the caller's transaction.
     *
     * @throws BillingRefused for bad lines or an account without a complete billing address
     */
    DocumentRef requestPayment(long accountId, DocumentOrigin origin, List<DraftLine> lines, Actor actor);

    /**
     * {@link #requestPayment} for many drafts of many accounts in the caller's transaction, with a
     * few statements for the whole batch: numbers are taken as one block, documents, lines, tax
     * groups, audit entries and mails are written together. A draft billing refuses (bad lines, an
     * account without a complete billing address) is answered with the refusal and writes nothing;
     * the others are issued. The answers are in the order of the drafts.
     */
    List<IssuedInBatch> requestPayments(List<PaymentRequestDraft> drafts, Actor actor);

    /**
     * Pays, in the given order, those of the documents the account's balance still covers, all in
     * the caller's transaction; answers the ids of the documents paid. Documents already paid, or
     * not payable, or not covered are left as they are. Publishes one {@link PaymentRequestsPaid}.
     */
    java.util.Set<Long> payFromBalances(List<DocumentRef> documents, Actor actor);

    /**
     * Pays an unpaid payment request from the account's balance.
     *
     * @throws InsufficientBalance when the balance does not cover it
     * @throws DocumentAlreadyPaid when it has been paid already
     */
    void payFromBalance(long accountId, long documentId, Actor actor);

    /** The account's balance in its currency (positive: credit the provider owes the customer). */
    Money balance(long accountId);

    /** Unpaid payment requests and invoices of the account, oldest due first. */
    List<DocumentRef> unpaid(long accountId);

    /** A quote (offer) PDF for the lines, priced for the account as of today; nothing is stored. */
    byte[] quotePdf(long accountId, List<DraftLine> lines);

    /**
     * The documents of these ids that belong to one of these accounts, deleted payment requests
     * left out as in {@link #documentsFor} (batch jobs look up many at once; the accounts keep the
     * lookup scoped).
     */
    List<DocumentRef> documents(java.util.Collection<Long> documentIds, java.util.Collection<Long> accountIds);

    /** The documents created for an origin (an order's payment requests and invoices), newest first. */
    List<DocumentRef> documentsFor(long accountId, DocumentOrigin origin);
}
