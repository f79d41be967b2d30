package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.PaymentRequestPaid;
import io.foyer.billing.PaymentRequestsPaid;
import io.foyer.shared.Money;
import io.foyer.shared.db.BatchInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of many documents from their accounts' balances, as the billing run makes them: which
 * documents the balances cover (in the order given, so an account's later documents find what the
 * earlier ones left) and the records of paying them — payments, ledger debits and audit entries,
 * each kind written in one batch. Used for documents already stored ({@link BatchPayments}) and for
 * documents paid as they are issued ({@link Issuing#issueAll}).
 */
@Component
class BalancePayments {

    private final Ledger ledger;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    BalancePayments(Ledger ledger, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Locks the balances of the documents' accounts until the transaction ends and answers the
     * positions of the documents they cover, each document's amount still due taken from its
     * account's balance before the next is looked at.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Integer> covered(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Money>> balances = ledger.lockedBalances(
                documents.stream().map(Document::accountId).toList());
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            if (!document.payable()) {
                continue;
            }
            Money due = document.due();
            Map<String, Money> ofAccount = balances.computeIfAbsent(document.accountId(), a -> new HashMap<>());
            Money balance = ofAccount.getOrDefault(document.currency(), Money.zero(document.currency()));
            if (due.isPositive() && balance.compareTo(due) >= 0) {
                ofAccount.put(document.currency(), balance.minus(due));
                covered.add(i);
            }
        }
        return covered;
    }

    /**
     * Records the payment of each document's amount still due from the balance: a payment, a ledger
     * debit and an audit entry each. The documents are the unpaid ones {@link #covered} chose.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(List<Document> documents, Instant now, Actor actor) {
        if (documents.isEmpty()) {
            return;
        }
        Date paidOn = Date.valueOf(LocalDate.ofInstant(now, clock.getZone()));
        List<Long> paymentIds = BatchInsert.ids(jdbc, "billing_payment", documents.size());
        List<Object[]> payments = new ArrayList<>(documents.size());
        List<Ledger.NewEntry> debits = new ArrayList<>(documents.size());
        List<AuditLog.Note> notes = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            Money due = d.due();
            payments.add(new Object[] {
                paymentIds.get(i),
                d.accountId(),
                d.id(),
                Payments.Method.BALANCE.name(),
                due.amount(),
                due.currency(),
                paidOn,
                "balance",
                Timestamp.from(now),
                actor.name()
            });
            debits.add(new Ledger.NewEntry(
                    d.accountId(),
                    Ledger.Kind.PAYMENT_FROM_BALANCE,
                    due.negate(),
                    d.id(),
                    null,
                    d.number() + " #" + paymentIds.get(i)));
            notes.add(new AuditLog.Note(d.accountId(), "billing.payment.fromBalance", d.number() + " " + due));
        }
        BatchInsert.run(
                jdbc,
                """
                insert into billing_payment (id, account_id, document_id, method, amount, currency, paid_on, reference,
                    recorded_at, recorded_by)""",
                payments);
        ledger.addAll(debits, actor);
        audit.recordAll(actor, notes);
    }

    /** The one event that tells the other modules about the documents paid together. */
    static PaymentRequestsPaid paid(List<Document> documents, Instant at) {
        return new PaymentRequestsPaid(documents.stream()
                .map(d -> new PaymentRequestPaid(d.accountId(), d.id(), d.origin(), at))
                .toList());
    }
}
