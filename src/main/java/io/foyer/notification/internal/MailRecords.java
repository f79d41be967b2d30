package io.foyer.notification.internal;

import io.foyer.notification.MailLog;
import io.foyer.notification.OutgoingMail;
import io.foyer.shared.db.BatchInsert;
import io.foyer.shared.db.SqlLike;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outgoing-mail log table. */
@Repository
class MailRecords implements MailLog {

    private static final String COLUMNS =
            "id, recipient, subject, body, category, status, attempts, last_error, created_at, sent_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MailRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records rendered mails in one batch; answers their ids. A mail is recipient, subject, body,
     * category, list-unsubscribe URL, reply-to address and extra headers (one per line).
     */
    List<Long> insertAll(List<String[]> mails, Instant now) {
        if (mails.isEmpty()) {
            return List.of();
        }
        List<Long> ids = BatchInsert.ids(template, "notification_mail", mails.size());
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>(mails.size());
        for (int i = 0; i < mails.size(); i++) {
            String[] m = mails.get(i);
            rows.add(new Object[] {ids.get(i), m[0], m[1], m[2], m[3], m[4], m[5], m[6], "PENDING", at, at});
        }
        BatchInsert.run(
                template,
                """
                insert into notification_mail (id, recipient, subject, body, category, list_unsubscribe, reply_to,
                    headers, status, next_attempt_at, created_at)""",
                rows);
        return ids;
    }

    @Override
    public List<OutgoingMail> latest(String recipientFilter, int limit) {
        String filter = recipientFilter == null ? "" : recipientFilter.trim().toLowerCase();
        return jdbc.sql("select " + COLUMNS
                        + " from notification_mail where (? = '' or lower(recipient) like ?) order by id desc limit ?")
                .params(filter, SqlLike.containing(filter), limit)
                .query(MailRecords::map)
                .list();
    }

    @Override
    public Optional<OutgoingMail> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_mail where id = ?")
                .param(id)
                .query(MailRecords::map)
                .optional();
    }

    static OutgoingMail map(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutgoingMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("category"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
