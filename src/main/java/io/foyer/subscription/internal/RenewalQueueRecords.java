package io.foyer.subscription.internal;

import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.ServiceStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RenewalQueueRecords implements RenewalQueue {

    private static final String DUE =
            """
            from subscription_service s
            where s.status = 'ACTIVE' and not s.cancel_at_period_end and s.period_end <= ?
              and not exists (select 1 from subscription_renewal r
                              where r.service_id = s.id and r.period_start = s.period_end + 1)
            """;

    private final JdbcClient jdbc;

    RenewalQueueRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueService> due(LocalDate until, Collection<Long> accountIds, long afterId, int limit) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(until), afterId));
        return jdbc.sql("select s.id, s.account_id, s.auto_renew, s.period_end " + DUE + " and s.id > ?"
                        + accounts("s", accountIds, params) + " order by s.id limit " + limit)
                .params(params)
                .query((rs, n) -> new DueService(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getBoolean("auto_renew"),
                        rs.getDate("period_end").toLocalDate()))
                .list();
    }

    @Override
    public long countDue(LocalDate until, Collection<Long> accountIds) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(until)));
        return jdbc.sql("select count(*) " + DUE + accounts("s", accountIds, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    @Override
    public List<UnpaidRenewal> unpaid(Collection<Long> accountIds, long afterId, int limit) {
        List<Object> params = new ArrayList<>(List.of(afterId));
        return jdbc.sql(
                        """
                select r.id, r.service_id, r.account_id, r.document_id, r.period_start, s.status, s.product_name, s.plan_name
                from subscription_renewal r join subscription_service s on s.id = r.service_id
                where r.paid_at is null and r.id > ? and s.status in ('ACTIVE', 'SUSPENDED')
                  and not s.cancel_at_period_end and r.period_start = s.period_end + 1"""
                                + accounts("r", accountIds, params) + " order by r.id limit " + limit)
                .params(params)
                .query((rs, n) -> new UnpaidRenewal(
                        rs.getLong("id"),
                        rs.getLong("service_id"),
                        rs.getLong("account_id"),
                        rs.getLong("document_id"),
                        rs.getDate("period_start").toLocalDate(),
                        ServiceStatus.valueOf(rs.getString("status")),
                        rs.getString("product_name") + " " + rs.getString("plan_name")))
                .list();
    }

    private static String accounts(String alias, Collection<Long> accountIds, List<Object> params) {
        if (accountIds == null) {
            return "";
        }
        params.add(accountIds.toArray(Long[]::new));
        return " and " + alias + ".account_id = any(?)";
    }
}
