package io.foyer.support.internal;

import io.foyer.support.Attachment;
import io.foyer.support.Author;
import io.foyer.support.Department;
import io.foyer.support.Importance;
import io.foyer.support.Ticket;
import io.foyer.support.TicketMessage;
import io.foyer.support.TicketStatus;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the support tables. Account-scoped reads name the account in their {@code where} clause. */
@Component
class TicketRecords {

    /** The unread flag for user {@code :user}: a public staff message newer than what the user has seen. */
    private static final String SELECT =
            """
            select t.*, d.name as department_name,
                   exists (select 1 from support_message m
                            where m.ticket_id = t.id and m.author_kind = 'STAFF' and not m.internal
                              and m.id > coalesce((select s.last_message_id from support_ticket_seen s
                                                    where s.ticket_id = t.id and s.user_id = :user), 0)) as unread,
                   coalesce((select m.author_kind = 'CUSTOMER' from support_message m
                              where m.ticket_id = t.id and not m.internal order by m.id desc limit 1), false)
                       as awaiting_staff
              from support_ticket t join support_department d on d.id = t.department_id
            """;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    TicketRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> departments() {
        return jdbc.sql("select id, name from support_department order by id")
                .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
                .list();
    }

    boolean departmentExists(long id) {
        return jdbc.sql("select count(*) from support_department where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Department addDepartment(String name, Instant now) {
        long id = jdbc.sql(
                        """
                        insert into support_department (name, created_at) values (?, ?)
                        on conflict (lower(name)) do nothing returning id""")
                .params(name, Timestamp.from(now))
                .query(Long.class)
                .optional()
                .orElse(-1L);
        return new Department(id, name);
    }

    /** The next number of the year, in the caller's transaction (the counter row stays locked until commit). */
    long nextNumber(int year) {
        return jdbc.sql(
                        """
                        insert into support_ticket_counter (year, last_value) values (?, 1)
                        on conflict (year) do update set last_value = support_ticket_counter.last_value + 1
                        returning last_value""")
                .param(year)
                .query(Long.class)
                .single();
    }

    long insert(
            long accountId,
            String number,
            long departmentId,
            String subject,
            Importance importance,
            Long serviceId,
            Long orderId,
            Instant now) {
        return jdbc.sql(
                        """
                        insert into support_ticket (account_id, number, department_id, subject, importance, service_id,
                                                    order_id, reply_token, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        number,
                        departmentId,
                        subject,
                        importance.name(),
                        serviceId,
                        orderId,
                        newToken(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** 128 random bits as 32 lower-case hex digits: the secret of a ticket's reply address. */
    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    Optional<String> replyToken(long ticketId) {
        return jdbc.sql("select reply_token from support_ticket where id = ?")
                .param(ticketId)
                .query(String.class)
                .optional();
    }

    Optional<Ticket> findByNumber(String number) {
        return jdbc.sql(SELECT + " where t.number = :number")
                .param("user", 0L)
                .param("number", number)
                .query(TicketRecords::ticket)
                .optional();
    }

    long addMessage(long ticketId, Author author, boolean internal, String body, Instant now) {
        return addMessage(ticketId, author, internal, body, false, now);
    }

    long addMessage(long ticketId, Author author, boolean internal, String body, boolean byMail, Instant now) {
        return jdbc.sql(
                        """
                        insert into support_message (ticket_id, author_kind, author_name, internal, body, by_mail,
                                                     created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(ticketId, author.kind().name(), author.name(), internal, body, byMail, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void touch(long ticketId, TicketStatus status, Instant now) {
        jdbc.sql("update support_ticket set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(now), ticketId)
                .update();
    }

    void assign(long ticketId, Long staffId) {
        jdbc.sql("update support_ticket set assigned_staff_id = ? where id = ?")
                .params(staffId, ticketId)
                .update();
    }

    void change(long ticketId, long departmentId, Importance importance) {
        jdbc.sql("update support_ticket set department_id = ?, importance = ? where id = ?")
                .params(departmentId, importance.name(), ticketId)
                .update();
    }

    List<Ticket> ofAccount(long accountId, long userId) {
        return jdbc.sql(SELECT + " where t.account_id = :account order by t.updated_at desc, t.id desc")
                .param("user", userId)
                .param("account", accountId)
                .query(TicketRecords::ticket)
                .list();
    }

    Optional<Ticket> find(long accountId, long ticketId, long userId) {
        return jdbc.sql(SELECT + " where t.account_id = :account and t.id = :id")
                .param("user", userId)
                .param("account", accountId)
                .param("id", ticketId)
                .query(TicketRecords::ticket)
                .optional();
    }

    Optional<Ticket> find(long ticketId) {
        return jdbc.sql(SELECT + " where t.id = :id")
                .param("user", 0L)
                .param("id", ticketId)
                .query(TicketRecords::ticket)
                .optional();
    }

    List<Ticket> inbox(Long departmentId, TicketStatus status) {
        return jdbc.sql(
                        SELECT
                                + """
                         where (cast(:department as bigint) is null or t.department_id = :department)
                           and (cast(:status as varchar) is null or t.status = :status)
                         order by t.updated_at desc, t.id desc limit 500""")
                .param("user", 0L)
                .param("department", departmentId)
                .param("status", status == null ? null : status.name())
                .query(TicketRecords::ticket)
                .list();
    }

    boolean exists(long accountId, long ticketId) {
        return jdbc.sql("select count(*) from support_ticket where account_id = ? and id = ?")
                        .params(accountId, ticketId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<TicketMessage> thread(long ticketId, boolean withInternal) {
        Map<Long, List<Attachment>> files = jdbc
                .sql(
                        """
                        select id, message_id, file_name, content_type, size from support_attachment
                         where ticket_id = ? order by id""")
                .param(ticketId)
                .query((rs, n) -> new Attachment(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), null))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Attachment::messageId));
        return jdbc.sql("select * from support_message where ticket_id = ? and (? or not internal) order by id")
                .params(ticketId, withInternal)
                .query((rs, n) -> new TicketMessage(
                        rs.getLong("id"),
                        Author.Kind.valueOf(rs.getString("author_kind")),
                        rs.getString("author_name"),
                        rs.getBoolean("internal"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        files.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getBoolean("by_mail")))
                .list();
    }

    void addAttachment(long ticketId, long messageId, String name, String type, byte[] content, Instant now) {
        jdbc.sql(
                        """
                        insert into support_attachment (ticket_id, message_id, file_name, content_type, size, content,
                                                        created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketId, messageId, name, type, content.length, content, Timestamp.from(now))
                .update();
    }

    /** An attachment of the ticket; {@code accountId} null for staff. */
    Optional<Attachment> attachment(Long accountId, long ticketId, long attachmentId) {
        return jdbc.sql(
                        """
                        select a.id, a.message_id, a.file_name, a.content_type, a.size, a.content
                          from support_attachment a join support_ticket t on t.id = a.ticket_id
                         where a.id = ? and a.ticket_id = ? and (cast(? as bigint) is null or t.account_id = ?)""")
                .params(attachmentId, ticketId, accountId, accountId)
                .query((rs, n) -> new Attachment(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBytes(6)))
                .optional();
    }

    boolean attachmentExists(long accountId, long attachmentId) {
        return jdbc.sql(
                                """
                        select count(*) from support_attachment a join support_ticket t on t.id = a.ticket_id
                         where a.id = ? and t.account_id = ?""")
                        .params(attachmentId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markSeen(long ticketId, long userId) {
        jdbc.sql(
                        """
                        insert into support_ticket_seen (ticket_id, user_id, last_message_id)
                        select ?, ?, coalesce(max(id), 0) from support_message where ticket_id = ?
                        on conflict (ticket_id, user_id) do update set last_message_id = excluded.last_message_id""")
                .params(ticketId, userId, ticketId)
                .update();
    }

    private static Ticket ticket(ResultSet rs, int n) throws SQLException {
        return new Ticket(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("number"),
                rs.getLong("department_id"),
                rs.getString("department_name"),
                rs.getString("subject"),
                Importance.valueOf(rs.getString("importance")),
                rs.getObject("service_id", Long.class),
                rs.getObject("order_id", Long.class),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getObject("assigned_staff_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("unread"),
                rs.getBoolean("awaiting_staff"));
    }
}
