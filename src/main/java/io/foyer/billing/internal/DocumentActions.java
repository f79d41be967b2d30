package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DraftLine;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers and staff do with documents beyond paying: delete or replace an unpaid payment
 * request, issue a manual invoice, refund an invoice to the balance, credit the balance.
 */
@Service
public class DocumentActions {

    private final DocumentRecords records;
    private final Issuing issuing;
    private final Ledger ledger;
    private final AuditLog audit;
    private final Clock clock;

    DocumentActions(DocumentRecords records, Issuing issuing, Ledger ledger, AuditLog audit, Clock clock) {
        this.records = records;
        this.issuing = issuing;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Deletes an unpaid payment request; its number stays used.
     *
     * @throws BillingProblem when it is not an unpaid payment request without payments
     */
    @Transactional
    public Document delete(long accountId, long documentId, Actor actor) {
        Document d = records.lock(accountId, documentId).orElseThrow(NotFoundException::new);
        if (d.kind() != DocumentKind.PAYMENT_REQUEST || !d.payable() || d.paid().isPositive()) {
            throw BillingProblem.of("billing.error.notDeletable");
        }
        records.markDeleted(documentId, clock.instant());
        audit.record(accountId, actor, "billing.document.deleted", d.number());
        return d;
    }

    /** Deletes an unpaid payment request and issues a new one for the same lines and origin, with today's tax. */
    @Transactional
    public Document replace(long accountId, long documentId, Actor actor) {
        Document old = delete(accountId, documentId, actor);
        List<DraftLine> lines = records.lines(old.id()).stream()
                .map(l -> new DraftLine(
                        l.description(),
                        l.quantity(),
                        Money.of(l.unitPrice(), old.currency()).rounded(),
                        l.periodFrom(),
                        l.periodTo(),
                        l.serviceId()))
                .toList();
        return issuing.issue(accountId, DocumentKind.PAYMENT_REQUEST, old.origin(), lines, actor);
    }

    /** An invoice typed in by staff, unpaid, VAT decided as for any other. */
    @Transactional
    public Document manualInvoice(long accountId, List<DraftLine> lines, Actor actor) {
        return issuing.issue(
                accountId, DocumentKind.INVOICE, new DocumentOrigin(DocumentOrigin.Kind.MANUAL, 0), lines, actor);
    }

    /**
     * Cancels a paid invoice by a credit note and credits its amount to the balance.
     *
     * @throws BillingProblem when the invoice is not paid or cancelled already
     */
    @Transactional
    public Document refundToBalance(long accountId, long invoiceId, Actor actor) {
        Document invoice = records.find(accountId, invoiceId).orElseThrow(NotFoundException::new);
        if (invoice.kind() != DocumentKind.INVOICE || invoice.paidAt() == null) {
            throw BillingProblem.of("billing.error.refundUnpaid");
        }
        Document note = issuing.creditNote(accountId, invoiceId, actor);
        ledger.add(accountId, Ledger.Kind.REFUND, note.gross().rounded(), note.id(), null, note.number(), actor);
        audit.record(accountId, actor, "billing.balance.refund", invoice.number() + " " + note.gross());
        return note;
    }

    /**
     * A manual credit or voucher on the balance.
     *
     * @throws BillingProblem for an amount that is not positive or has too many decimals
     */
    @Transactional
    public void credit(long accountId, Ledger.Kind kind, Money amount, String note, Actor actor) {
        if (kind != Ledger.Kind.MANUAL_CREDIT && kind != Ledger.Kind.VOUCHER) {
            throw new BillingProblem("kind", "billing.error.creditKind");
        }
        if (!amount.isPositive()) {
            throw new BillingProblem("amount", "billing.error.positive");
        }
        if (!Money.fitsMinorUnit(amount.amount(), amount.currency())) {
            throw new BillingProblem("amount", "billing.error.decimals", Money.minorDigits(amount.currency()));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new BillingProblem("note", "billing.error.noteTooLong");
        }
        ledger.add(accountId, kind, amount, null, null, text, actor);
        audit.record(accountId, actor, "billing.balance.credit", kind + " " + amount);
    }
}
