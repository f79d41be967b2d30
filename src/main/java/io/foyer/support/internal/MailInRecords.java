package io.foyer.support.internal;

import io.foyer.support.HeldMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of {@code support_mail_in}: one row per mail ever read from the support mailbox. */
@Component
class MailInRecords {

    /** What is recorded of one mail. */
    record Entry(
            String key,
            String sender,
            String subject,
            int size,
            String status,
            String reason,
            String detail,
            Long ticketId,
            Long addedMessageId,
            String body,
            byte[] original,
            boolean leftInMailbox) {

        Entry withContent(String text, byte[] originalMail, boolean left) {
            return new Entry(
                    key,
                    sender,
                    subject,
                    size,
                    status,
                    reason,
                    detail,
                    ticketId,
                    addedMessageId,
                    text,
                    originalMail,
                    left);
        }
    }

    private static final String HELD_COLUMNS =
            """
            select m.id, m.sender, m.subject, m.received_at, m.size, m.reason, m.detail, t.number, m.body,
                   m.original is not null as has_original
              from support_mail_in m left join support_ticket t on t.id = m.ticket_id
            """;

    private final JdbcClient jdbc;

    MailInRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a mail of this key was read before, and if so whether it was left in the mailbox. */
    Optional<Boolean> leftInMailbox(String key) {
        return jdbc.sql("select left_in_mailbox from support_mail_in where message_key = ?")
                .param(key)
                .query(Boolean.class)
                .optional();
    }

    /** Records the mail; false (and nothing written) when a mail of the same key is recorded already. */
    boolean insert(Entry e, Instant now) {
        return jdbc.sql(
                                """
                        insert into support_mail_in (message_key, sender, subject, size, status, reason, detail,
                                                     ticket_id, added_message_id, body, original, left_in_mailbox,
                                                     received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (message_key) do nothing""")
                        .params(
                                e.key(),
                                cut(e.sender(), 320),
                                cut(e.subject(), 300),
                                e.size(),
                                e.status(),
                                e.reason(),
                                cut(e.detail(), 500),
                                e.ticketId(),
                                e.addedMessageId(),
                                e.body(),
                                e.original(),
                                e.leftInMailbox(),
                                Timestamp.from(now))
                        .update()
                > 0;
    }

    void setAddedMessage(String key, long messageId) {
        jdbc.sql("update support_mail_in set added_message_id = ? where message_key = ?")
                .params(messageId, key)
                .update();
    }

    List<HeldMail> held() {
        return jdbc.sql(HELD_COLUMNS + " where m.status = 'HELD' order by m.received_at, m.id limit 200")
                .query(MailInRecords::heldMail)
                .list();
    }

    Optional<HeldMail> findHeld(long id) {
        return jdbc.sql(HELD_COLUMNS + " where m.status = 'HELD' and m.id = ?")
                .param(id)
                .query(MailInRecords::heldMail)
                .optional();
    }

    Optional<byte[]> original(long id) {
        return jdbc.sql("select original from support_mail_in where id = ? and original is not null")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /**
     * Moves a held mail on and drops its content (added to a thread, or discarded on purpose); false
     * when it is no longer held (someone else decided first).
     */
    boolean decide(long id, String status, Long ticketId, Long messageId, String by, Instant now) {
        return jdbc.sql(
                                """
                        update support_mail_in
                           set status = ?, ticket_id = coalesce(?, ticket_id), added_message_id = ?, decided_by = ?,
                               decided_at = ?, original = null, body = null
                         where id = ? and status = 'HELD'""")
                        .params(status, ticketId, messageId, cut(by, 200), Timestamp.from(now), id)
                        .update()
                > 0;
    }

    private static HeldMail heldMail(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("body");
        return new HeldMail(
                rs.getLong("id"),
                rs.getString("sender"),
                rs.getString("subject"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getInt("size"),
                rs.getString("reason"),
                rs.getString("detail"),
                rs.getString("number"),
                body,
                rs.getBoolean("has_original"),
                body != null && rs.getBoolean("has_original"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
