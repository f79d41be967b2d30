package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of payment requests and invoices. Each locks the document row first, so two payments
 * of one document queue up and the second finds it paid. A payment in full issues the invoice of a
 * payment request and publishes {@link PaymentRequestPaid} in the same transaction.
 */
@Service
public class Payments {

    public enum Method {
        BANK_TRANSFER,
        BALANCE
    }

    public record Payment(long id, Method method, Money amount, LocalDate paidOn, String reference, Instant at) {}

    /** What a payment did: the document paid, the invoice issued for it, what went to the balance. */
    public record Outcome(Document document, Document invoice, Money toBalance) {}

    private final DocumentRecords records;
    private final Issuing issuing;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Payments(
            DocumentRecords records,
            Issuing issuing,
            Ledger ledger,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.issuing = issuing;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a bank transfer received for the document. More than is due goes to the balance.
     *
     * @throws DocumentAlreadyPaid when it has been paid already
     * @throws BillingProblem for an amount that is not positive or has too many decimals, a wrong
     *     currency, a date in the future, or a document that is not payable
     */
    @Transactional
    public Outcome recordBankPayment(
            long accountId, long documentId, Money amount, LocalDate paidOn, String reference, Actor actor) {
        Document document = payable(accountId, documentId);
        if (!amount.currency().equals(document.currency())) {
            throw new BillingProblem("amount", "billing.error.currencyMismatch", document.currency());
        }
        if (!amount.isPositive()) {
            throw new BillingProblem("amount", "billing.error.positive");
        }
        if (!Money.fitsMinorUnit(amount.amount(), amount.currency())) {
            throw new BillingProblem("amount", "billing.error.decimals", Money.minorDigits(amount.currency()));
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))) {
            throw new BillingProblem("paidOn", "billing.error.paidOnFuture");
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > 140) {
            throw new BillingProblem("reference", "billing.error.referenceTooLong");
        }
        insert(document, Method.BANK_TRANSFER, amount, paidOn, ref, actor);
        audit.record(accountId, actor, "billing.payment.recorded", document.number() + " " + amount);
        return settleIfPaid(accountId, documentId, actor);
    }

    /**
     * Pays what is due from the account's balance.
     *
     * @throws DocumentAlreadyPaid when it has been paid already
     * @throws InsufficientBalance when the balance does not cover it; nothing changes then
     */
    @Transactional
    public Outcome payFromBalance(long accountId, long documentId, Actor actor) {
        Document document = payable(accountId, documentId);
        Money due = document.due();
        Money balance = ledger.lockedBalance(accountId, document.currency());
        if (balance.compareTo(due) < 0) {
            throw new InsufficientBalance();
        }
        long paymentId = insert(document, Method.BALANCE, due, LocalDate.now(clock), "balance", actor);
        ledger.add(
                accountId,
                Ledger.Kind.PAYMENT_FROM_BALANCE,
                due.negate(),
                documentId,
                null,
                document.number() + " #" + paymentId,
                actor);
        audit.record(accountId, actor, "billing.payment.fromBalance", document.number() + " " + due);
        return settleIfPaid(accountId, documentId, actor);
    }

    public List<Payment> of(long documentId) {
        return jdbc.sql("select * from billing_payment where document_id = ? order by id")
                .param(documentId)
                .query((rs, n) -> new Payment(
                        rs.getLong("id"),
                        Method.valueOf(rs.getString("method")),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))
                                .rounded(),
                        rs.getDate("paid_on").toLocalDate(),
                        rs.getString("reference"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private Document payable(long accountId, long documentId) {
        Document document = records.lock(accountId, documentId).orElseThrow(NotFoundException::new);
        if (document.paidAt() != null) {
            throw new DocumentAlreadyPaid();
        }
        if (!document.payable()) {
            throw BillingProblem.of("billing.error.notPayable");
        }
        return document;
    }

    private long insert(Document d, Method method, Money amount, LocalDate paidOn, String reference, Actor actor) {
        return jdbc.sql(
                        """
                insert into billing_payment (account_id, document_id, method, amount, currency, paid_on, reference,
                    recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        d.accountId(),
                        d.id(),
                        method.name(),
                        amount.amount(),
                        amount.currency(),
                        Date.valueOf(paidOn),
                        reference,
                        Timestamp.from(clock.instant()),
                        actor.name())
                .query(Long.class)
                .single();
    }

    private Outcome settleIfPaid(long accountId, long documentId, Actor actor) {
        Document document = records.find(accountId, documentId).orElseThrow();
        Money paid = document.paid();
        Money gross = document.gross().rounded();
        if (paid.compareTo(gross) < 0) {
            return new Outcome(document, null, Money.zero(document.currency()));
        }
        Instant now = clock.instant();
        Money over = paid.minus(gross);
        if (over.isPositive()) {
            ledger.add(accountId, Ledger.Kind.OVERPAYMENT, over, documentId, null, document.number(), actor);
        }
        records.markPaid(documentId, now);
        Document invoice = null;
        if (document.kind() == DocumentKind.PAYMENT_REQUEST) {
            invoice = issuing.invoiceFrom(document, now, actor);
        }
        events.publishEvent(new PaymentRequestPaid(accountId, documentId, document.origin(), now));
        return new Outcome(records.find(accountId, documentId).orElseThrow(), invoice, over);
    }
}
