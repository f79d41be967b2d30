package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditEntry;
import io.foyer.account.AuditLog;
import io.foyer.shared.db.BatchInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only audit log; the database refuses updates and deletes of its rows. */
@Component
class AuditTrail implements AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Override
    public void record(Long accountId, Actor actor, String action, String detail) {
        insert(accountId, null, actor, action, detail);
    }

    @Override
    public void recordAll(Actor actor, List<Note> notes) {
        java.sql.Timestamp at = Rows.ts(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>(notes.size());
        for (Note note : notes) {
            rows.add(new Object[] {
                note.accountId(),
                actor.kind(),
                actor.id(),
                actor.name(),
                note.action(),
                clip(note.detail()),
                actor.ip(),
                at
            });
        }
        BatchInsert.run(
                template,
                "insert into account_audit (account_id, actor_kind, actor_id, actor_name, action, detail, ip, at)",
                rows);
    }

    private static String clip(String detail) {
        return detail == null ? null : detail.substring(0, Math.min(detail.length(), 10000));
    }

    /** An entry about a user rather than an account: {@code user_id} names them, whoever acted. */
    void recordForUser(long userId, Actor actor, String action, String detail) {
        insert(null, userId, actor, action, detail);
    }

    private void insert(Long accountId, Long userId, Actor actor, String action, String detail) {
        String clipped = clip(detail);
        jdbc.sql(
                        """
                        insert into account_audit (account_id, user_id, actor_kind, actor_id, actor_name, action, detail, ip, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        userId,
                        actor.kind(),
                        actor.id(),
                        actor.name(),
                        action,
                        clipped,
                        actor.ip(),
                        Rows.ts(clock.instant()))
                .update();
    }

    List<AuditEntry> ofAccount(long accountId, int limit) {
        return jdbc.sql("select * from account_audit where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query(AuditTrail::map)
                .list();
    }

    List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from account_audit order by id desc limit ?")
                .param(limit)
                .query(AuditTrail::map)
                .list();
    }

    static AuditEntry map(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("account_id", Long.class),
                rs.getString("actor_kind"),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("detail"),
                rs.getString("ip"),
                Rows.instant(rs, "at"));
    }
}
