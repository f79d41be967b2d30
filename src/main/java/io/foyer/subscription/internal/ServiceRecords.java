package io.foyer.subscription.internal;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import io.foyer.subscription.NewService;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.ServiceStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service table. Every query names the account. */
@Repository
class ServiceRecords {

    private final JdbcClient jdbc;

    ServiceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A service with what only this module needs: the first paid day and the months paid so far. */
    record Row(ServiceDetails details, LocalDate activatedOn, int monthsCovered) {}

    long insert(NewService s, Instant now) {
        return jdbc.sql(
                        """
                insert into subscription_service (account_id, order_id, plan_id, product_name, plan_name, product_kind,
                       period_months, price, currency, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        s.accountId(),
                        s.orderId(),
                        s.planId(),
                        s.productName(),
                        s.planName(),
                        s.kind().name(),
                        s.period().months(),
                        s.price().amount(),
                        s.price().currency(),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    List<ServiceDetails> ofAccount(long accountId) {
        return jdbc.sql("select * from subscription_service where account_id = ? order by id desc")
                .param(accountId)
                .query(ServiceRecords::details)
                .list();
    }

    List<ServiceDetails> withStatus(long accountId, ServiceStatus status) {
        return jdbc.sql(
                        "select * from subscription_service where account_id = ? and status = ? order by period_end, id")
                .params(accountId, status.name())
                .query(ServiceRecords::details)
                .list();
    }

    Optional<ServiceDetails> find(long accountId, long id) {
        return jdbc.sql("select * from subscription_service where account_id = ? and id = ?")
                .params(accountId, id)
                .query(ServiceRecords::details)
                .optional();
    }

    /** The service with its first paid day and months paid, not locked (to read). */
    Optional<Row> row(long accountId, long id) {
        return jdbc.sql("select * from subscription_service where account_id = ? and id = ?")
                .params(accountId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    boolean exists(long accountId, long id) {
        return jdbc.sql("select count(*) from subscription_service where account_id = ? and id = ?")
                        .params(accountId, id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The service, locked until the transaction ends: changes of one service happen one after the other. */
    Optional<Row> lock(long accountId, long id) {
        return jdbc.sql("select * from subscription_service where account_id = ? and id = ? for update")
                .params(accountId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The services, locked until the transaction ends (in id order, so two lockers never deadlock). */
    java.util.Map<Long, Row> lockAll(Collection<Long> ids) {
        java.util.Map<Long, Row> rows = new java.util.HashMap<>();
        jdbc.sql("select * from subscription_service where id = any(?) order by id for update")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list()
                .forEach(r -> rows.put(r.details().id(), r));
        return rows;
    }

    /**
     * Adds renewed periods to running services whose paid period ends before them; answers the ids
     * of the services extended. The arrays are parallel.
     */
    List<Long> extendAll(Long[] ids, java.sql.Date[] starts, java.sql.Date[] ends, Integer[] months) {
        return jdbc.sql(
                        """
                update subscription_service s set period_start = r.period_start, period_end = r.period_end,
                       months_covered = s.months_covered + r.months
                from unnest(?::bigint[], ?::date[], ?::date[], ?::int[]) as r (id, period_start, period_end, months)
                where s.id = r.id and s.status in ('ACTIVE', 'SUSPENDED') and s.period_end < r.period_end
                returning s.id""")
                .params(ids, starts, ends, months)
                .query(Long.class)
                .list();
    }

    List<Row> lockPendingOfOrder(long accountId, long orderId) {
        return jdbc.sql(
                        """
                select * from subscription_service where account_id = ? and order_id = ? and status = 'PENDING'
                order by id for update""")
                .params(accountId, orderId)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<ServiceDetails> ofOrder(long accountId, long orderId) {
        return jdbc.sql("select * from subscription_service where account_id = ? and order_id = ? order by id")
                .params(accountId, orderId)
                .query(ServiceRecords::details)
                .list();
    }

    /** Services whose cancellation at the period end is due: their last paid day is before {@code today}. */
    List<Row> lockCancellationsDue(LocalDate today) {
        return jdbc.sql(
                        """
                select * from subscription_service where cancel_at_period_end and status in ('ACTIVE', 'SUSPENDED')
                and period_end < ? order by id for update skip locked""")
                .param(Date.valueOf(today))
                .query((rs, n) -> row(rs))
                .list();
    }

    void activate(long id, LocalDate firstDay, int months) {
        jdbc.sql(
                        """
                update subscription_service set status = 'ACTIVE', activated_on = ?, months_covered = ?, period_start = ?,
                       period_end = ? where id = ? and status = 'PENDING'""")
                .params(
                        Date.valueOf(firstDay),
                        months,
                        Date.valueOf(firstDay),
                        Date.valueOf(ServicePeriods.lastDay(firstDay, months)),
                        id)
                .update();
    }

    void extend(long id, LocalDate periodStart, LocalDate periodEnd, int addedMonths) {
        jdbc.sql(
                        """
                update subscription_service set period_start = ?, period_end = ?, months_covered = months_covered + ?
                where id = ?""")
                .params(Date.valueOf(periodStart), Date.valueOf(periodEnd), addedMonths, id)
                .update();
    }

    /** A new billing period and recurring price, for the renewals after the paid period. */
    void changeTerms(long id, int periodMonths, Money price) {
        jdbc.sql("update subscription_service set period_months = ?, price = ?, currency = ? where id = ?")
                .params(periodMonths, price.amount(), price.currency(), id)
                .update();
    }

    /** Moves the service from one of {@code from} to {@code to}; false when it was in none of them. */
    boolean changeStatus(long accountId, long id, Collection<ServiceStatus> from, ServiceStatus to, Instant now) {
        return jdbc.sql(
                                """
                update subscription_service set status = ?, ended_at = case when ? then ? else ended_at end,
                       cancel_at_period_end = case when ? then false else cancel_at_period_end end
                where account_id = ? and id = ? and status = any(?)""")
                        .params(
                                to.name(),
                                to.ended(),
                                Timestamp.from(now),
                                to.ended(),
                                accountId,
                                id,
                                from.stream().map(Enum::name).toArray(String[]::new))
                        .update()
                > 0;
    }

    void setAutoRenew(long accountId, long id, boolean autoRenew) {
        jdbc.sql("update subscription_service set auto_renew = ? where account_id = ? and id = ?")
                .params(autoRenew, accountId, id)
                .update();
    }

    void setCancelAtPeriodEnd(long accountId, long id, boolean cancel) {
        jdbc.sql("update subscription_service set cancel_at_period_end = ? where account_id = ? and id = ?")
                .params(cancel, accountId, id)
                .update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date activated = rs.getDate("activated_on");
        return new Row(details(rs, 0), activated == null ? null : activated.toLocalDate(), rs.getInt("months_covered"));
    }

    static ServiceDetails details(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        return new ServiceDetails(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getObject("order_id", Long.class),
                rs.getLong("plan_id"),
                rs.getString("product_name"),
                rs.getString("plan_name"),
                ProductKind.valueOf(rs.getString("product_kind")),
                BillingPeriod.ofMonths(rs.getInt("period_months")).orElseThrow(),
                Money.of(rs.getBigDecimal("price"), currency).rounded(),
                ServiceStatus.valueOf(rs.getString("status")),
                date(rs, "period_start"),
                date(rs, "period_end"),
                rs.getBoolean("auto_renew"),
                rs.getBoolean("cancel_at_period_end"),
                rs.getString("ip_address"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
