package io.foyer.notification.internal;

import io.foyer.notification.MailLog;
import io.foyer.notification.OutgoingMail;
import io.foyer.shared.db.SqlLike;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outgoing-mail log table. */
@Repository
class MailRecords implements MailLog {

    private static final String COLUMNS =
            "id, recipient, subject, body, category, status, attempts, last_error, created_at, sent_at";
    private final JdbcClient jdbc;

    MailRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records rendered mails in one statement; answers their ids. A mail is recipient, subject,
     * body, category, list-unsubscribe URL, reply-to address and extra headers (one per line).
     */
    List<Long> insertAll(List<String[]> mails, Instant now) {
        String[][] columns = new String[7][mails.size()];
        for (int i = 0; i < mails.size(); i++) {
            for (int c = 0; c < 7; c++) {
                columns[c][i] = mails.get(i)[c];
            }
        }
        return jdbc.sql(
                        """
                insert into notification_mail (recipient, subject, body, category, list_unsubscribe, reply_to, headers,
                                               status, next_attempt_at, created_at)
                select m.recipient, m.subject, m.body, m.category, m.list_unsubscribe, m.reply_to, m.headers,
                       'PENDING', ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as m (recipient, subject, body, category, list_unsubscribe, reply_to, headers)
                returning id""")
                .params(
                        Timestamp.from(now),
                        Timestamp.from(now),
                        columns[0],
                        columns[1],
                        columns[2],
                        columns[3],
                        columns[4],
                        columns[5],
                        columns[6])
                .query(Long.class)
                .list();
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
