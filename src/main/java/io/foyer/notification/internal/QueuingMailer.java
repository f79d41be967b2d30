package io.foyer.notification.internal;

import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the mail to the log inside the caller's transaction and hands it to delivery only after
 * commit: a rolled-back change never sends a mail, and a request never waits for SMTP.
 */
@Service
class QueuingMailer implements Mailer {

    private final MailTemplates templates;
    private final MailRecords records;
    private final MailDelivery delivery;
    private final Executor executor;
    private final Clock clock;

    QueuingMailer(MailTemplates templates, MailRecords records, MailDelivery delivery, Clock clock) {
        this.templates = templates;
        this.records = records;
        this.delivery = delivery;
        this.clock = clock;
        this.executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mail-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    @Transactional
    public long queue(Mail mail) {
        List<Long> ids = records.insertAll(List.<String[]>of(row(mail)), clock.instant());
        deliverAfterCommit(ids);
        return ids.get(0);
    }

    @Override
    @Transactional
    public void queueAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>(mails.size());
        for (Mail mail : mails) {
            rows.add(row(mail));
        }
        deliverAfterCommit(records.insertAll(rows, clock.instant()));
    }

    /** The mail rendered, as {@link MailRecords#insertAll} takes it. */
    private String[] row(Mail mail) {
        MailTemplates.Rendered rendered =
                templates.render(mail.template(), mail.locale(), mail.model(), mail.subject());
        return new String[] {
            mail.recipient(),
            rendered.subject(),
            rendered.body(),
            mail.category().name(),
            mail.unsubscribeUrl(),
            mail.replyTo(),
            mail.headers().isEmpty()
                    ? null
                    : mail.headers().entrySet().stream()
                            .map(h -> h.getKey() + ": " + h.getValue())
                            .sorted()
                            .collect(java.util.stream.Collectors.joining("\n"))
        };
    }

    private void deliverAfterCommit(List<Long> ids) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> delivery.deliverAll(ids));
                }
            });
        }
    }
}
