package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.billing.IssuedInBatch;
import io.foyer.billing.PaymentRequestDraft;
import io.foyer.billing.PricedDraft;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Billing as other modules use it. */
@Service
class BillingService implements Billing {

    private final Issuing issuing;
    private final Payments payments;
    private final BatchPayments batchPayments;
    private final Ledger ledger;
    private final DocumentRecords records;
    private final DocumentRendering rendering;
    private final BillingSettings settings;
    private final Accounts accounts;

    BillingService(
            Issuing issuing,
            Payments payments,
            BatchPayments batchPayments,
            Ledger ledger,
            DocumentRecords records,
            DocumentRendering rendering,
            BillingSettings settings,
            Accounts accounts) {
        this.issuing = issuing;
        this.payments = payments;
        this.batchPayments = batchPayments;
        this.ledger = ledger;
        this.records = records;
        this.rendering = rendering;
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public PricedDraft price(long accountId, List<DraftLine> lines) {
        return issuing.price(accountId, lines);
    }

    @Override
    @Transactional
    public DocumentRef requestPayment(long accountId, DocumentOrigin origin, List<DraftLine> lines, Actor actor) {
        DocumentKind kind = settings.current().invoiceAtOnce() ? DocumentKind.INVOICE : DocumentKind.PAYMENT_REQUEST;
        return issuing.issue(accountId, kind, origin, lines, actor).ref();
    }

    @Override
    @Transactional
    public List<IssuedInBatch> requestPayments(List<PaymentRequestDraft> drafts, Actor actor) {
        return requestPayments(drafts, actor, issued -> {});
    }

    @Override
    @Transactional
    public List<IssuedInBatch> requestPayments(
            List<PaymentRequestDraft> drafts,
            Actor actor,
            java.util.function.Consumer<List<IssuedInBatch>> beforePaid) {
        DocumentKind kind = settings.current().invoiceAtOnce() ? DocumentKind.INVOICE : DocumentKind.PAYMENT_REQUEST;
        return issuing.issueAll(kind, drafts, actor, beforePaid);
    }

    @Override
    @Transactional
    public java.util.Set<Long> payFromBalances(List<DocumentRef> documents, Actor actor) {
        return batchPayments.payFromBalances(documents, actor);
    }

    @Override
    @Transactional
    public void payFromBalance(long accountId, long documentId, Actor actor) {
        payments.payFromBalance(accountId, documentId, actor);
    }

    @Override
    public Money balance(long accountId) {
        AccountDetails account = accounts.details(accountId).orElseThrow(NotFoundException::new);
        return ledger.balance(accountId, account.currency());
    }

    @Override
    public List<DocumentRef> unpaid(long accountId) {
        return records.unpaid(accountId).stream().map(Document::ref).toList();
    }

    @Override
    public byte[] quotePdf(long accountId, List<DraftLine> lines) {
        Issuing.Unsaved quote = issuing.quote(accountId, lines);
        return rendering.quotePdf(
                quote.document(), quote.priced().lines(), quote.priced().taxes());
    }

    @Override
    public List<DocumentRef> documents(java.util.Collection<Long> documentIds, java.util.Collection<Long> accountIds) {
        return records.findAll(documentIds, accountIds).stream()
                .map(Document::ref)
                .toList();
    }

    @Override
    public List<DocumentRef> documentsFor(long accountId, DocumentOrigin origin) {
        return records.byOrigin(accountId, origin).stream().map(Document::ref).toList();
    }
}
