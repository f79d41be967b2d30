package io.foyer.subscription.internal;

import io.foyer.shared.Money;
import io.foyer.shared.db.BatchInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment requests for further periods, one per service and period start. */
@Repository
class RenewalRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RenewalRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Renewal(
            long id,
            long serviceId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int months,
            long documentId,
            boolean paid,
            Money newPrice) {

        /** Paying it changes the service's billing period to {@link #months()} at {@link #newPrice()}. */
        boolean changesPeriod() {
            return newPrice != null;
        }
    }

    Optional<Renewal> find(long serviceId, LocalDate periodStart) {
        return jdbc.sql("select * from subscription_renewal where service_id = ? and period_start = ?")
                .params(serviceId, Date.valueOf(periodStart))
                .query(RenewalRecords::map)
                .optional();
    }

    Optional<Renewal> byDocument(long accountId, long documentId) {
        return jdbc.sql("select * from subscription_renewal where account_id = ? and document_id = ? for update")
                .params(accountId, documentId)
                .query(RenewalRecords::map)
                .optional();
    }

    /** "serviceId@periodStart" of every renewal recorded for the services. */
    java.util.Set<String> periodStarts(java.util.Collection<Long> serviceIds) {
        return new java.util.HashSet<>(
                jdbc.sql("select service_id || '@' || period_start from subscription_renewal where service_id = any(?)")
                        .param(serviceIds.toArray(Long[]::new))
                        .query(String.class)
                        .list());
    }

    /**
     * A renewal to record. {@code newPrice} is set when it is for a longer period than the
     * service's own: paying it makes that period, at that price, the service's billing period.
     */
    record NewRenewal(
            long serviceId,
            long accountId,
            LocalDate start,
            LocalDate end,
            int months,
            long documentId,
            Money newPrice) {}

    void insertAll(List<NewRenewal> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        BatchInsert.run(
                template,
                """
                insert into subscription_renewal (service_id, account_id, period_start, period_end, months, document_id,
                    created_at, price, currency)""",
                rows.stream()
                        .map(r -> new Object[] {
                            r.serviceId(),
                            r.accountId(),
                            Date.valueOf(r.start()),
                            Date.valueOf(r.end()),
                            r.months(),
                            r.documentId(),
                            at,
                            r.newPrice() == null ? null : r.newPrice().amount(),
                            r.newPrice() == null ? null : r.newPrice().currency()
                        })
                        .toList());
    }

    /**
     * Marks the unpaid renewals paid by these documents (each for the service named as its origin);
     * answers them. The arrays are parallel.
     */
    List<Renewal> markPaidByDocuments(Long[] documentIds, Long[] serviceIds, Instant paidAt) {
        return jdbc.sql(
                        """
                update subscription_renewal r set paid_at = ?
                from unnest(?::bigint[], ?::bigint[]) as p (document_id, service_id)
                where r.document_id = p.document_id and r.service_id = p.service_id and r.paid_at is null
                returning r.*""")
                .params(Timestamp.from(paidAt), documentIds, serviceIds)
                .query(RenewalRecords::map)
                .list();
    }

    /** The newest unpaid request of a service, locked. */
    Optional<Renewal> newestUnpaid(long accountId, long serviceId) {
        return jdbc.sql(
                        """
                select * from subscription_renewal where account_id = ? and service_id = ? and paid_at is null
                order by period_start desc limit 1 for update""")
                .params(accountId, serviceId)
                .query(RenewalRecords::map)
                .optional();
    }

    /** Billing replaced the request (deleted it and issued a new one for the same lines). */
    void moveToDocument(long id, long documentId) {
        jdbc.sql("update subscription_renewal set document_id = ? where id = ?")
                .params(documentId, id)
                .update();
    }

    /** Forgets an unpaid request whose document billing no longer has (deleted while unpaid). */
    void deleteUnpaid(long id) {
        jdbc.sql("delete from subscription_renewal where id = ? and paid_at is null")
                .param(id)
                .update();
    }

    void markPaid(long id, Instant paidAt) {
        jdbc.sql("update subscription_renewal set paid_at = ? where id = ?")
                .params(Timestamp.from(paidAt), id)
                .update();
    }

    private static Renewal map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Renewal(
                rs.getLong("id"),
                rs.getLong("service_id"),
                rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(),
                rs.getInt("months"),
                rs.getLong("document_id"),
                rs.getTimestamp("paid_at") != null,
                rs.getBigDecimal("price") == null
                        ? null
                        : Money.of(rs.getBigDecimal("price"), rs.getString("currency"))
                                .rounded());
    }
}
