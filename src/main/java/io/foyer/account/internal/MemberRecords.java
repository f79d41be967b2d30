package io.foyer.account.internal;

import io.foyer.account.Permission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships: which user may act in which account, and how. */
@Repository
class MemberRecords {

    record Row(
            long accountId,
            long userId,
            boolean owner,
            Set<Permission> permissions,
            boolean supportEligible,
            Instant since) {}

    private final JdbcClient jdbc;

    MemberRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long accountId,
            long userId,
            boolean owner,
            Set<Permission> permissions,
            boolean supportEligible,
            Instant now) {
        jdbc.sql(
                        "insert into account_member (account_id, user_id, owner, permissions, support_eligible, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(accountId, userId, owner, Rows.names(permissions), supportEligible, Rows.ts(now))
                .update();
    }

    Optional<Row> find(long accountId, long userId) {
        return jdbc.sql("select * from account_member where account_id = ? and user_id = ?")
                .params(accountId, userId)
                .query(MemberRecords::map)
                .optional();
    }

    List<Row> ofAccount(long accountId) {
        return jdbc.sql("select * from account_member where account_id = ? order by owner desc, created_at")
                .param(accountId)
                .query(MemberRecords::map)
                .list();
    }

    Optional<Long> owner(long accountId) {
        return jdbc.sql("select user_id from account_member where account_id = ? and owner")
                .param(accountId)
                .query(Long.class)
                .optional();
    }

    int update(long accountId, long userId, Set<Permission> permissions, boolean supportEligible) {
        return jdbc.sql(
                        "update account_member set permissions = ?, support_eligible = ? where account_id = ? and user_id = ? and not owner")
                .params(Rows.names(permissions), supportEligible, accountId, userId)
                .update();
    }

    int delete(long accountId, long userId) {
        return jdbc.sql("delete from account_member where account_id = ? and user_id = ? and not owner")
                .params(accountId, userId)
                .update();
    }

    void demoteOwner(long accountId) {
        jdbc.sql("update account_member set owner = false, permissions = ? where account_id = ? and owner")
                .params(Rows.names(Set.of(Permission.values())), accountId)
                .update();
    }

    void promote(long accountId, long userId) {
        jdbc.sql("update account_member set owner = true, permissions = ? where account_id = ? and user_id = ?")
                .params(Rows.names(Set.of(Permission.values())), accountId, userId)
                .update();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("account_id"),
                rs.getLong("user_id"),
                rs.getBoolean("owner"),
                Rows.permissions(rs, "permissions"),
                rs.getBoolean("support_eligible"),
                Rows.instant(rs, "created_at"));
    }
}
