package io.foyer.identity.internal;

import io.foyer.identity.LoginRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login-history table. */
@Repository
class LoginRecords {

    static final int MAX_USER_AGENT = 400;
    private final JdbcClient jdbc;

    LoginRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, Instant at, boolean success, String failure, String factor, String ip, String userAgent) {
        jdbc.sql(
                        """
                        insert into identity_login (user_id, at, success, failure, factor, ip, user_agent)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        userId,
                        Timestamp.from(at),
                        success,
                        failure,
                        factor,
                        ip,
                        userAgent == null ? null : truncate(userAgent, MAX_USER_AGENT))
                .update();
    }

    List<LoginRecord> latest(long userId, int limit) {
        return jdbc.sql(
                        """
                        select at, success, failure, factor, ip, user_agent from identity_login
                        where user_id = ? order by at desc, id desc limit ?""")
                .params(userId, limit)
                .query((rs, n) -> new LoginRecord(
                        rs.getTimestamp("at").toInstant(),
                        rs.getBoolean("success"),
                        rs.getString("failure"),
                        rs.getString("factor"),
                        rs.getString("ip"),
                        rs.getString("user_agent")))
                .list();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from identity_login where at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
