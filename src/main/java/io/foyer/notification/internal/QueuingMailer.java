package io.foyer.notification.internal;

import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /** Renders prepared mails: one thread, beside the caller's, is all a batch can use. */
    private final Executor rendering;

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
        this.rendering = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mail-rendering");
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
        insert(rows(mails));
    }

    @Override
    public PreparedMails prepare(List<Mail> mails) {
        List<Mail> copy = List.copyOf(mails);
        return new Rendering(
                copy.isEmpty()
                        ? CompletableFuture.completedFuture(List.of())
                        : CompletableFuture.supplyAsync(() -> rows(copy), rendering));
    }

    @Override
    @Transactional
    public void queueAll(PreparedMails mails) {
        List<String[]> rows;
        try {
            rows = ((Rendering) mails).rows().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        insert(rows);
    }

    /** Mails rendering on the rendering thread. */
    private record Rendering(CompletableFuture<List<String[]>> rows) implements PreparedMails {}

    private List<String[]> rows(List<Mail> mails) {
        List<String[]> rows = new ArrayList<>(mails.size());
        for (Mail mail : mails) {
            rows.add(row(mail));
        }
        return rows;
    }

    private void insert(List<String[]> rows) {
        if (!rows.isEmpty()) {
            deliverAfterCommit(records.insertAll(rows, clock.instant()));
        }
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
