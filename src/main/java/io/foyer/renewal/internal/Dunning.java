package io.foyer.renewal.internal;

import io.foyer.account.Actor;
import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.ServiceAdministration;
import io.foyer.subscription.ServiceStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** One batch of unpaid requests after {@code after}; answers the last request id, or null. */
    Long batch(long runId, Collection<Long> accountIds, long after, int limit, LocalDate today) {
        List<RenewalQueue.UnpaidRenewal> unpaid = queue.unpaid(accountIds, after, limit);
        if (unpaid.isEmpty()) {
            return null;
        }
        RenewalSettings.Values values = settings.current();
        int[] figures = new int[4];
        for (RenewalQueue.UnpaidRenewal renewal : unpaid) {
            try {
                stepTx.executeWithoutResult(status -> step(renewal, values, today, figures));
            } catch (RuntimeException e) {
                figures[3]++;
                runs.failure(
                        runId, renewal.serviceId(), renewal.accountId(), "dunning: " + e.getMessage(), clock.instant());
            }
        }
        runs.add(
                runId,
                new RunRecords.Figures(0, 0, 0, figures[3], figures[0], figures[1], figures[2]),
                clock.instant());
        return unpaid.get(unpaid.size() - 1).id();
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
        Integer reminder = null;
        for (int d : values.reminderDays()) {
            if (d <= days) {
                reminder = d;
            }
        }
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
