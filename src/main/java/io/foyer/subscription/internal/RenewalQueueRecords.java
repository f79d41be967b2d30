package io.foyer.subscription.internal;

import io.foyer.subscription.RenewalQueue;
import io.foyer.subscription.ServiceStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RenewalQueueRecords implements RenewalQueue {

    private static final String DUE =
            """
            from subscription_service s
            where s.status = 'ACTIVE' and not s.cancel_at_period_end and s.period_end <= ?
              and not exists (select 1 from subscription_renewal r
                              where r.service_id = s.id and r.period_start = s.period_end + 1 %s)
            """;

    /** The services of the candidate requests in {@code c} that are to be dunned. */
    private static final String UNPAID_SERVICES =
            """
            select c.id, c.service_id, c.account_id, c.document_id, c.period_start,
                   s.status, s.product_name, s.plan_name
            from c left join subscription_service s
              on s.id = c.service_id and s.status in ('ACTIVE', 'SUSPENDED')
             and not s.cancel_at_period_end and c.period_start = s.period_end + 1
            order by c.id""";

    private final JdbcClient jdbc;

    RenewalQueueRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueService> due(LocalDate until, Collection<Long> accountIds, long afterId, int limit) {
        // The renewals' side names the cursor too (implied by s.id > ?): PostgreSQL merges the two
        // in id order, and without it read every renewal below the cursor for each batch, which
        // made a run's time grow with the square of the services.
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(until), afterId, afterId));
        return jdbc.sql("select s.id, s.account_id, s.auto_renew, s.period_end "
                        + DUE.formatted("and r.service_id > ?") + " and s.id > ?"
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
        return jdbc.sql("select count(*) " + DUE.formatted("") + accounts("s", accountIds, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The unpaid requests are taken from the partial index in id order first and only then joined
     * with their services: joining first made PostgreSQL look up the service of every unpaid
     * request and sort them all for each page. A page of requests whose services all fail the
     * conditions (cancelled, period moved on) is passed over to the next one.
     */
    @Override
    public List<UnpaidRenewal> unpaid(Collection<Long> accountIds, long afterId, int limit) {
        long after = afterId;
        while (true) {
            List<Object> params = new ArrayList<>(List.of(after));
            String candidates = "select id, service_id, account_id, document_id, period_start"
                    + " from subscription_renewal r where r.paid_at is null and r.id > ?"
                    + accounts("r", accountIds, params) + " order by r.id limit " + limit;
            List<Candidate> page = jdbc.sql("with c as materialized (" + candidates + ") " + UNPAID_SERVICES)
                    .params(params)
                    .query((rs, n) -> new Candidate(
                            rs.getLong("id"),
                            rs.getString("status") == null
                                    ? null
                                    : new UnpaidRenewal(
                                            rs.getLong("id"),
                                            rs.getLong("service_id"),
                                            rs.getLong("account_id"),
                                            rs.getLong("document_id"),
                                            rs.getDate("period_start").toLocalDate(),
                                            ServiceStatus.valueOf(rs.getString("status")),
                                            rs.getString("product_name") + " " + rs.getString("plan_name"))))
                    .list();
            List<UnpaidRenewal> unpaid = page.stream()
                    .map(Candidate::renewal)
                    .filter(Objects::nonNull)
                    .toList();
            if (!unpaid.isEmpty() || page.isEmpty()) {
                return unpaid;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** An unpaid request with its renewal, or null when its service is not to be dunned. */
    private record Candidate(long id, UnpaidRenewal renewal) {}

    private static String accounts(String alias, Collection<Long> accountIds, List<Object> params) {
        if (accountIds == null) {
            return "";
        }
        params.add(accountIds.toArray(Long[]::new));
        return " and " + alias + ".account_id = any(?)";
    }
}
