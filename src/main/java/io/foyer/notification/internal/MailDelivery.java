package io.foyer.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Delivers logged mails. Each delivery claims its row with {@code FOR UPDATE SKIP LOCKED}, so
 * several nodes never send the same mail twice; failures are retried with growing pauses.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(4),
            Duration.ofHours(12));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> sender;
    private final boolean smtpConfigured;
    private final String from;
    private final Clock clock;

    MailDelivery(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${foyer.mail.from}") String from,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sender = sender;
        this.smtpConfigured = StringUtils.hasText(smtpHost);
        this.from = from;
        this.clock = clock;
    }

    /** Retries what is due; also catches mails whose after-commit delivery was lost to a restart. */
    @Scheduled(fixedDelayString = "${foyer.mail.retry-interval:PT30S}", initialDelayString = "PT10S")
    void deliverDue() {
        List<Long> due = jdbc.sql(
                        "select id from notification_mail where status = 'PENDING' and next_attempt_at <= ? order by id limit 100")
                .param(Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        due.forEach(this::deliver);
    }

    /**
     * Delivers mails queued together. Without SMTP they are all marked logged in one statement —
     * thousands of mails from a billing run would otherwise cost a commit each.
     */
    void deliverAll(List<Long> ids) {
        if (smtpConfigured || ids.size() == 1) {
            ids.forEach(this::deliver);
            return;
        }
        try {
            int logged = tx.execute(status -> jdbc.sql(
                            "update notification_mail set status = 'LOGGED', sent_at = ? where id = any(?) and status = 'PENDING'")
                    .params(Timestamp.from(clock.instant()), ids.toArray(Long[]::new))
                    .update());
            log.info("{} mails logged (no SMTP configured), ids {} to {}", logged, ids.get(0), ids.get(ids.size() - 1));
        } catch (RuntimeException e) {
            log.warn("Mails {} to {} could not be processed: {}", ids.get(0), ids.get(ids.size() - 1), e.getMessage());
        }
    }

    void deliver(long id) {
        try {
            tx.executeWithoutResult(status -> deliverLocked(id));
        } catch (RuntimeException e) {
            log.warn("Mail {} could not be processed: {}", id, e.getMessage());
        }
    }

    private void deliverLocked(long id) {
        var row = jdbc.sql(
                        "select recipient, subject, body, list_unsubscribe, attempts, reply_to, headers from notification_mail where id = ? and status = 'PENDING' for update skip locked")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7)))
                .optional();
        if (row.isEmpty()) {
            return;
        }
        Row mail = row.get();
        Instant now = clock.instant();
        if (!smtpConfigured) {
            log.info("Mail {} to {} logged (no SMTP configured): {}", id, mail.recipient, mail.subject);
            jdbc.sql("update notification_mail set status = 'LOGGED', sent_at = ? where id = ?")
                    .params(Timestamp.from(now), id)
                    .update();
            return;
        }
        try {
            send(mail);
            jdbc.sql(
                            "update notification_mail set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?")
                    .params(Timestamp.from(now), id)
                    .update();
        } catch (Exception e) {
            int attempts = mail.attempts + 1;
            boolean giveUp = attempts > BACKOFF.size();
            String error = String.valueOf(e.getMessage());
            jdbc.sql(
                            "update notification_mail set status = ?, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(
                            giveUp ? "FAILED" : "PENDING",
                            attempts,
                            error.substring(0, Math.min(error.length(), 2000)),
                            Timestamp.from(now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1))),
                            id)
                    .update();
            log.warn("Mail {} to {} failed (attempt {}): {}", id, mail.recipient, attempts, error);
        }
    }

    private void send(Row mail) throws Exception {
        JavaMailSender mailSender = sender.getObject();
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient);
        helper.setSubject(mail.subject);
        helper.setText(mail.body, false);
        if (mail.replyTo != null) {
            helper.setReplyTo(mail.replyTo);
        }
        if (mail.headers != null) {
            for (String line : mail.headers.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    message.setHeader(
                            line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        }
        if (mail.unsubscribe != null) {
            // RFC 8058 one-click unsubscribe for newsletter mails.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mailSender.send(message);
    }

    private record Row(
            String recipient,
            String subject,
            String body,
            String unsubscribe,
            int attempts,
            String replyTo,
            String headers) {}
}
