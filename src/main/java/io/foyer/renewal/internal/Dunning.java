package io.foyer.renewal.internal;

import io.foyer.account.Actor;
import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.ServiceAdministration;
import io.foyer.subscription.ServiceStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to an unpaid renewal request as days pass after its due day (the first day of the
 * period it pays for): the reminders, the suspension after the grace period, the termination.
 * Every step is written once per request to {@code renewal_notice}: a step already taken is
 * skipped, so a rerun (or a second node) never mails twice.
 */
@Component
class Dunning {

    private final RenewalQueue queue;
    private final ServiceAdministration administration;
    private final RenewalSettings settings;
    private final RenewalMails mails;
    private final RunRecords runs;
    private final JdbcClient jdbc;
    private final TransactionTemplate stepTx;
    private final Clock clock;

    Dunning(
            RenewalQueue queue,
            ServiceAdministration administration,
            RenewalSettings settings,
            RenewalMails mails,
            RunRecords runs,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.queue = queue;
        this.administration = administration;
        this.settings = settings;
        this.mails = mails;
        this.runs = runs;
        this.jdbc = jdbc;
        this.stepTx = new TransactionTemplate(transactions);
        this.stepTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * One batch of unpaid requests after {@code after}; answers the last request id, or null.
     * Suspensions and terminations (few) are taken one request at a time under a savepoint each;
     * reminders (many: every unpaid request gets them) are recorded and mailed together, and only
     * if that fails as a whole are they taken one at a time.
     */
    Long batch(long runId, Collection<Long> accountIds, long after, int limit, LocalDate today) {
        List<RenewalQueue.UnpaidRenewal> unpaid = queue.unpaid(accountIds, after, limit);
        if (unpaid.isEmpty()) {
            return null;
        }
        RenewalSettings.Values values = settings.current();
        int[] figures = new int[4];
        List<RenewalQueue.UnpaidRenewal> remindOnly = new ArrayList<>();
        for (RenewalQueue.UnpaidRenewal renewal : unpaid) {
            long days = ChronoUnit.DAYS.between(renewal.dueOn(), today);
            if (days >= values.terminationDays()
                    || (days >= values.graceDays() && renewal.status() == ServiceStatus.ACTIVE)) {
                stepAlone(runId, renewal, values, today, figures);
            } else if (reminder(values, days) != null) {
                remindOnly.add(renewal);
            }
        }
        if (!remindOnly.isEmpty()) {
            try {
                figures[0] += stepTx.execute(status -> remindTogether(remindOnly, values, today));
            } catch (RuntimeException e) {
                remindOnly.forEach(renewal -> stepAlone(runId, renewal, values, today, figures));
            }
        }
        runs.add(
                runId,
                new RunRecords.Figures(0, 0, 0, figures[3], figures[0], figures[1], figures[2]),
                clock.instant());
        return unpaid.get(unpaid.size() - 1).id();
    }

    private void stepAlone(
            long runId,
            RenewalQueue.UnpaidRenewal renewal,
            RenewalSettings.Values values,
            LocalDate today,
            int[] figures) {
        try {
            stepTx.executeWithoutResult(status -> step(renewal, values, today, figures));
        } catch (RuntimeException e) {
            figures[3]++;
            runs.failure(
                    runId, renewal.serviceId(), renewal.accountId(), "dunning: " + e.getMessage(), clock.instant());
        }
    }

    /** The latest reminder day reached {@code days} after the due day, or null. */
    private static Integer reminder(RenewalSettings.Values values, long days) {
        Integer reminder = null;
        for (int d : values.reminderDays()) {
            if (d <= days) {
                reminder = d;
            }
        }
        return reminder;
    }

    /** Records the reminders due in one statement and mails those not recorded before; answers how many. */
    private int remindTogether(
            List<RenewalQueue.UnpaidRenewal> renewals, RenewalSettings.Values values, LocalDate today) {
        int n = renewals.size();
        Long[] documents = new Long[n];
        String[] kinds = new String[n];
        Long[] accounts = new Long[n];
        Long[] services = new Long[n];
        for (int i = 0; i < n; i++) {
            RenewalQueue.UnpaidRenewal r = renewals.get(i);
            documents[i] = r.documentId();
            kinds[i] = "REMINDER_" + reminder(values, ChronoUnit.DAYS.between(r.dueOn(), today));
            accounts[i] = r.accountId();
            services[i] = r.serviceId();
        }
        java.util.Set<Long> recorded = new java.util.HashSet<>(jdbc.sql(
                        """
                insert into renewal_notice (document_id, kind, account_id, service_id, created_at)
                select n.document_id, n.kind, n.account_id, n.service_id, ?
                from unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[]) as n (document_id, kind, account_id, service_id)
                on conflict do nothing
                returning document_id""")
                .params(Timestamp.from(clock.instant()), documents, kinds, accounts, services)
                .query(Long.class)
                .list());
        mails.noticeAll(renewals.stream()
                .filter(r -> recorded.contains(r.documentId()))
                .map(r -> new RenewalMails.Notice(
                        r.accountId(), r.serviceId(), r.serviceName(), r.documentId(), "reminder", r.dueOn()))
                .toList());
        return recorded.size();
    }

    private void step(
            RenewalQueue.UnpaidRenewal renewal, RenewalSettings.Values values, LocalDate today, int[] figures) {
        long days = ChronoUnit.DAYS.between(renewal.dueOn(), today);
        if (days >= values.terminationDays()) {
            if (record(renewal, "TERMINATED")) {
                administration.terminate(
                        renewal.accountId(),
                        renewal.serviceId(),
                        "renewal unpaid since " + renewal.dueOn(),
                        Actor.system());
                mails.notice(
                        renewal.accountId(), renewal.serviceId(), renewal.documentId(), "terminated", renewal.dueOn());
                figures[2]++;
            }
            return;
        }
        if (days >= values.graceDays() && renewal.status() == ServiceStatus.ACTIVE && record(renewal, "SUSPENDED")) {
            administration.suspend(
                    renewal.accountId(),
                    renewal.serviceId(),
                    "renewal unpaid since " + renewal.dueOn(),
                    Actor.system());
            mails.notice(renewal.accountId(), renewal.serviceId(), renewal.documentId(), "suspended", renewal.dueOn());
            figures[1]++;
        }
        Integer reminder = reminder(values, days);
        if (reminder != null && record(renewal, "REMINDER_" + reminder)) {
            mails.notice(renewal.accountId(), renewal.serviceId(), renewal.documentId(), "reminder", renewal.dueOn());
            figures[0]++;
        }
    }

    /** Writes the step; false when it had been taken before. */
    private boolean record(RenewalQueue.UnpaidRenewal renewal, String kind) {
        return recordNotice(jdbc, renewal.documentId(), kind, renewal.accountId(), renewal.serviceId(), clock);
    }

    static boolean recordNotice(
            JdbcClient jdbc, long documentId, String kind, long accountId, long serviceId, Clock clock) {
        return jdbc.sql(
                                """
                        insert into renewal_notice (document_id, kind, account_id, service_id, created_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(documentId, kind, accountId, serviceId, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    static boolean hasNotice(JdbcClient jdbc, long documentId, String kind) {
        return jdbc.sql("select count(*) from renewal_notice where document_id = ? and kind = ?")
                        .params(documentId, kind)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
