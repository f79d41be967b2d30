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
     * {@link #requestPayments(List, Actor)}, paying the drafts marked {@link
     * PaymentRequestDraft#fromBalance} from their accounts' balances as they are issued — in the
     * order of the drafts, each while its account's balance covers it. Such a document is stored
     * paid, with its payment, ledger debit and (for a payment request) its invoice; a payment
     * request paid so is not mailed, its invoice is. {@code beforePaid} is called with the answers
     * once the documents are written and before the payments are published (one {@link
     * PaymentRequestsPaid}), so the caller records what refers to the documents before anyone acts
     * on their payment.
     */
    List<IssuedInBatch> requestPayments(
            List<PaymentRequestDraft> drafts, Actor actor, java.util.function.Consumer<List<IssuedInBatch>> beforePaid);

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
