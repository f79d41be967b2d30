package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments from the balance for many stored documents at once: the same as {@link
 * Payments#payFromBalance} for each, with the documents locked and read in two statements and the
 * balances, payments, ledger entries, audit entries, invoices and mails handled in batches ({@link
 * BalancePayments}). The documents are paid in the order given, each only while its account's
 * balance covers it.
 */
@Component
class BatchPayments {

    private final DocumentRecords records;
    private final Issuing issuing;
    private final BalancePayments balances;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BatchPayments(
            DocumentRecords records,
            Issuing issuing,
            BalancePayments balances,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.issuing = issuing;
        this.balances = balances;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Set<Long> payFromBalances(List<DocumentRef> wanted, Actor actor) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Map<Long, Document> locked = records
                .lockAll(wanted.stream().map(DocumentRef::id).toList())
                .stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        List<Document> candidates = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (DocumentRef ref : wanted) {
            Document document = locked.get(ref.id());
            if (document != null
                    && document.accountId() == ref.accountId()
                    && document.payable()
                    && seen.add(document.id())) {
                candidates.add(document);
            }
        }
        List<Document> paid =
                balances.covered(candidates).stream().map(candidates::get).toList();
        if (paid.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        balances.record(paid, now, actor);
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
        events.publishEvent(BalancePayments.paid(paid, now));
        return ids;
    }
}
