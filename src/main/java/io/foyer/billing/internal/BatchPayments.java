package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentRef;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments from the balance for many documents at once (the billing run's auto-renewals): the same
 * as {@link Payments#payFromBalance} for each, with the balances of all accounts locked and read in
 * two statements, and payments, ledger entries, audit entries, invoices and mails written in
 * batches. The documents are paid in the order given, each only while its account's balance covers
 * it, so one account's later services find what the earlier ones left.
 */
@Component
class BatchPayments {

    private final DocumentRecords records;
    private final Issuing issuing;
    private final Ledger ledger;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    BatchPayments(
            DocumentRecords records,
            Issuing issuing,
            Ledger ledger,
            Accounts accounts,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.issuing = issuing;
        this.ledger = ledger;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Set<Long> payFromBalances(List<DocumentRef> wanted, Actor actor) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Map<Long, Map<String, Money>> balances = ledger.lockedBalances(
                wanted.stream().map(DocumentRef::accountId).toList());
        Map<Long, Document> locked = records
                .lockAll(wanted.stream().map(DocumentRef::id).toList())
                .stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        List<Document> paid = new ArrayList<>();
        for (DocumentRef ref : wanted) {
            Document document = locked.get(ref.id());
            if (document == null || document.accountId() != ref.accountId() || !document.payable()) {
                continue;
            }
            Money due = document.due();
            Map<String, Money> ofAccount = balances.computeIfAbsent(document.accountId(), a -> new HashMap<>());
            Money balance = ofAccount.getOrDefault(document.currency(), Money.zero(document.currency()));
            if (due.isPositive() && balance.compareTo(due) >= 0) {
                ofAccount.put(document.currency(), balance.minus(due));
                paid.add(document);
            }
        }
        if (paid.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        Date paidOn = Date.valueOf(LocalDate.now(clock));
        List<Long> paymentIds = BatchInsert.ids(jdbc, "billing_payment", paid.size());
        List<Object[]> payments = new ArrayList<>(paid.size());
        List<Ledger.NewEntry> debits = new ArrayList<>(paid.size());
        List<AuditLog.Note> notes = new ArrayList<>(paid.size());
        for (int i = 0; i < paid.size(); i++) {
            Document d = paid.get(i);
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
        Set<Long> ids = new LinkedHashSet<>();
        paid.forEach(d -> ids.add(d.id()));
        records.markAllPaid(ids, now);
        List<Document> requests = paid.stream()
                .filter(d -> d.kind() == DocumentKind.PAYMENT_REQUEST)
                .toList();
        if (!requests.isEmpty()) {
            Map<Long, AccountDetails> details =
                    accounts.details(requests.stream().map(Document::accountId).toList());
            issuing.invoicesFrom(requests, now, details, actor);
        }
        events.publishEvent(new PaymentRequestsPaid(paid.stream()
                .map(d -> new PaymentRequestPaid(d.accountId(), d.id(), d.origin(), now))
                .toList()));
        return ids;
    }
}
