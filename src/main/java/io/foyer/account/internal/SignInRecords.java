package io.foyer.account.internal;

import io.foyer.account.AccountSignIn;
import io.foyer.account.AccountSignIns;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** Members opening an account after signing in, one row per session, account and member. */
@Repository
public class SignInRecords implements AccountSignIns {

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;
    private final Duration retention;

    SignInRecords(
            JdbcClient jdbc,
            Users users,
            Clock clock,
            @Value("${foyer.login-history.retention:90d}") Duration retention) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.retention = retention;
    }

    public void record(long accountId, long userId, String ip) {
        jdbc.sql("insert into account_sign_in (account_id, user_id, ip, at) values (?, ?, ?, ?)")
                .params(accountId, userId, ip, Rows.ts(clock.instant()))
                .update();
    }

    @Override
    public List<AccountSignIn> latest(long accountId, int limit) {
        record Row(String ip, Instant at, long userId) {}
        List<Row> rows = jdbc.sql(
                        """
                        select ip, at, user_id from (
                            select distinct on (ip) ip, at, user_id from account_sign_in
                            where account_id = ? and ip is not null
                            order by ip, at desc
                        ) latest order by at desc limit ?""")
                .params(accountId, limit)
                .query((rs, n) -> new Row(rs.getString("ip"), Rows.instant(rs, "at"), rs.getLong("user_id")))
                .list();
        Map<Long, UserProfile> names = users
                .findAll(rows.stream().map(Row::userId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(UserProfile::id, Function.identity()));
        return rows.stream()
                .map(r -> {
                    UserProfile user = names.get(r.userId());
                    return new AccountSignIn(
                            r.ip(),
                            r.at(),
                            r.userId(),
                            user == null ? null : user.name(),
                            user == null ? null : user.email());
                })
                .toList();
    }

    /** Like the login history, addresses are kept only as long as they help to spot misuse. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void forgetOldSignIns() {
        // Idempotent, so it may run on every node at once.
        jdbc.sql("delete from account_sign_in where at < ?")
                .param(Rows.ts(clock.instant().minus(retention)))
                .update();
    }
}
