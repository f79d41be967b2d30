package io.foyer.subscription.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.DraftLine;
import io.foyer.billing.IssuedInBatch;
import io.foyer.billing.PaymentRequestDraft;
import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.RenewalRequests;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing run's way to {@link Services#extend}: one lock statement for the batch's services,
 * one for their existing renewals, billing's batch issuing (which pays the auto-renewed services'
 * requests from the balances as it issues them), one batch of renewal rows and one of audit
 * entries. A service that has a request for its next period already (rare: a customer renewed it
 * since the batch was read) takes the single path, which answers that request.
 */
@Service
class BatchRenewals implements RenewalRequests {

    private final ServiceRecords services;
    private final RenewalRecords renewals;
    private final Services single;
    private final Billing billing;
    private final AuditLog audit;
    private final Clock clock;

    BatchRenewals(
            ServiceRecords services,
            RenewalRecords renewals,
            Services single,
            Billing billing,
            AuditLog audit,
            Clock clock) {
        this.services = services;
        this.renewals = renewals;
        this.single = single;
        this.billing = billing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A service of the batch with the period it is to be billed for. */
    private record Pending(int index, ServiceRecords.Row row, LocalDate start, LocalDate end, int months) {}

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Requested> request(List<RenewalQueue.DueService> due, Actor actor) {
        Requested[] answers = new Requested[due.size()];
        Map<Long, ServiceRecords.Row> locked = services.lockAll(
                due.stream().map(RenewalQueue.DueService::serviceId).toList());
        Set<String> billed = renewals.periodStarts(locked.keySet());
        List<Pending> pending = new ArrayList<>();
        List<PaymentRequestDraft> drafts = new ArrayList<>();
        List<Integer> requestedBefore = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            RenewalQueue.DueService d = due.get(i);
            ServiceRecords.Row row = locked.get(d.serviceId());
            RuntimeException refusal = refusal(row, d);
            if (refusal != null) {
                answers[i] = new Requested(d, null, refusal, false);
                continue;
            }
            ServiceDetails s = row.details();
            LocalDate start = s.periodEnd().plusDays(1);
            if (billed.contains(s.id() + "@" + start)) {
                try {
                    answers[i] = new Requested(d, single.extend(d.accountId(), d.serviceId(), actor), null, false);
                    requestedBefore.add(i);
                } catch (ServiceActionRefused | io.foyer.billing.BillingRefused e) {
                    answers[i] = new Requested(d, null, e, false);
                }
                continue;
            }
            int months = s.period().months();
            LocalDate end = ServicePeriods.lastDay(row.activatedOn(), row.monthsCovered() + months);
            pending.add(new Pending(i, row, start, end, months));
            drafts.add(new PaymentRequestDraft(
                    s.accountId(),
                    new DocumentOrigin(DocumentOrigin.Kind.RENEWAL, s.id()),
                    List.of(new DraftLine(s.name(), BigDecimal.ONE, s.price(), start, end, s.id())),
                    d.autoRenew()));
        }
        // The renewals are recorded before billing publishes the payments made from balances, so
        // the payments find them and extend the services.
        billing.requestPayments(drafts, actor, issued -> record(due, pending, issued, answers, actor));
        payRequestedBefore(requestedBefore, answers, actor);
        return List.of(answers);
    }

    private void record(
            List<RenewalQueue.DueService> due,
            List<Pending> pending,
            List<IssuedInBatch> issued,
            Requested[] answers,
            Actor actor) {
        List<RenewalRecords.NewRenewal> rows = new ArrayList<>();
        List<AuditLog.Note> notes = new ArrayList<>();
        for (int j = 0; j < pending.size(); j++) {
            Pending p = pending.get(j);
            IssuedInBatch outcome = issued.get(j);
            RenewalQueue.DueService d = due.get(p.index());
            if (!outcome.issued()) {
                answers[p.index()] = new Requested(d, null, outcome.refusal(), false);
                continue;
            }
            answers[p.index()] = new Requested(
                    d, outcome.document(), null, outcome.document().paid());
            rows.add(new RenewalRecords.NewRenewal(
                    d.serviceId(),
                    d.accountId(),
                    p.start(),
                    p.end(),
                    p.months(),
                    outcome.document().id(),
                    null));
            notes.add(new AuditLog.Note(
                    d.accountId(),
                    "service.extend.requested",
                    "#" + d.serviceId() + " " + p.start() + " – " + p.end()));
        }
        renewals.insertAll(rows, clock.instant());
        audit.recordAll(actor, notes);
    }

    /**
     * A service whose request was there before the batch (a customer renewed it meanwhile) has that
     * request answered; with auto-renew it is paid from the balance now, if the balance covers it.
     */
    private void payRequestedBefore(List<Integer> positions, Requested[] answers, Actor actor) {
        List<DocumentRef> toPay = positions.stream()
                .map(i -> answers[i])
                .filter(a -> a.service().autoRenew() && !a.document().paid())
                .map(Requested::document)
                .toList();
        if (toPay.isEmpty()) {
            return;
        }
        Set<Long> paid = billing.payFromBalances(toPay, actor);
        for (int i : positions) {
            Requested a = answers[i];
            if (paid.contains(a.document().id())) {
                DocumentRef d = a.document();
                answers[i] = new Requested(
                        a.service(),
                        new DocumentRef(d.id(), d.accountId(), d.kind(), d.number(), d.gross(), true),
                        null,
                        true);
            }
        }
    }

    private static RuntimeException refusal(ServiceRecords.Row row, RenewalQueue.DueService due) {
        if (row == null
                || row.details().accountId() != due.accountId()
                || !row.details().status().running()) {
            return new ServiceActionRefused("subscription.refused.extendNotRunning");
        }
        if (row.details().cancelAtPeriodEnd()) {
            return new ServiceActionRefused("subscription.refused.extendCancelled");
        }
        return null;
    }
}
