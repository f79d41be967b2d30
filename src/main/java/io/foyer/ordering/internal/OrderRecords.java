package io.foyer.ordering.internal;

import io.foyer.billing.DocumentRef;
import io.foyer.shared.Money;
import io.foyer.subscription.ServiceDetails;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and their items. Every query names the account. */
@Repository
class OrderRecords {

    private final JdbcClient jdbc;

    OrderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String currency, PaymentMethod method, Long userId, Instant now) {
        return jdbc.sql(
                        """
                insert into ordering_order (account_id, currency, gross, payment_method, ordered_by, terms_accepted_at, created_at)
                values (?, ?, 0, ?, ?, ?, ?) returning id""")
                .params(accountId, currency, method.name(), userId, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void insertItem(long orderId, int position, QuotedItem q, long serviceId) {
        jdbc.sql(
                        """
                insert into ordering_order_item (order_id, position, plan_id, product_name, plan_name, period_months, price,
                       setup_fee, currency, service_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        orderId,
                        position,
                        q.plan().id(),
                        q.plan().productName(),
                        q.plan().name(),
                        q.period().months(),
                        q.price().price().amount(),
                        q.price().setupFee().amount(),
                        q.price().price().currency(),
                        serviceId)
                .update();
    }

    /** A renewal item: the service's own payment request for the period it renews. */
    void insertRenewalItem(long orderId, QuotedItem q, DocumentRef document, Instant now) {
        ServiceDetails service = q.service();
        jdbc.sql(
                        """
                insert into ordering_order_item (order_id, position, plan_id, product_name, plan_name, period_months, price,
                       setup_fee, currency, service_id, kind, document_id, document_number, period_start, period_end,
                       paid_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'RENEWAL', ?, ?, ?, ?, ?)""")
                .params(
                        orderId,
                        q.index(),
                        service.planId(),
                        service.productName(),
                        service.planName(),
                        q.period().months(),
                        q.term().price().amount(),
                        q.term().price().currency(),
                        service.id(),
                        document.id(),
                        document.number(),
                        Date.valueOf(q.term().periodStart()),
                        Date.valueOf(q.term().periodEnd()),
                        document.paid() ? Timestamp.from(now) : null)
                .update();
    }

    /** @param documentId the new plans' payment request, or null when the order only renews */
    void attachDocument(long orderId, Long documentId, String number, Money gross) {
        jdbc.sql("update ordering_order set document_id = ?, document_number = ?, gross = ? where id = ?")
                .params(documentId, number, gross.amount(), orderId)
                .update();
    }

    /** The order's new plans are paid (its own payment request). */
    void markPlansPaid(long accountId, long orderId, Instant paidAt) {
        jdbc.sql(
                        """
                update ordering_order_item set paid_at = ? where kind = 'NEW' and paid_at is null
                and order_id = (select id from ordering_order where account_id = ? and id = ?)""")
                .params(Timestamp.from(paidAt), accountId, orderId)
                .update();
        closeIfPaid(accountId, orderId, paidAt);
    }

    /**
     * A renewal request was paid: the renewal items naming it are — or, when none does because
     * billing replaced the request, the service's open renewal items. Two index look-ups that find
     * nothing for the billing run's own requests.
     */
    void markRenewalPaid(long accountId, long serviceId, long documentId, Instant paidAt) {
        List<Long> orderIds = jdbc.sql(
                        """
                update ordering_order_item i set paid_at = ? from ordering_order o
                where i.document_id = ? and i.paid_at is null and o.id = i.order_id and o.account_id = ?
                returning i.order_id""")
                .params(Timestamp.from(paidAt), documentId, accountId)
                .query(Long.class)
                .list();
        if (orderIds.isEmpty()) {
            orderIds = jdbc.sql(
                            """
                    update ordering_order_item i set paid_at = ?, document_id = ? from ordering_order o
                    where i.service_id = ? and i.kind = 'RENEWAL' and i.paid_at is null and o.id = i.order_id
                      and o.account_id = ?
                    returning i.order_id""")
                    .params(Timestamp.from(paidAt), documentId, serviceId, accountId)
                    .query(Long.class)
                    .list();
        }
        for (long orderId : new java.util.TreeSet<>(orderIds)) {
            closeIfPaid(accountId, orderId, paidAt);
        }
    }

    /** Of these services, those with an unpaid renewal item in an order. */
    java.util.Set<Long> servicesWithOpenRenewalItems(java.util.Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                        """
                select distinct service_id from ordering_order_item
                where kind = 'RENEWAL' and paid_at is null and service_id = any(?)""")
                .param(serviceIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    private void closeIfPaid(long accountId, long orderId, Instant paidAt) {
        jdbc.sql(
                        """
                update ordering_order o set status = 'PAID', paid_at = ?
                where account_id = ? and id = ? and status = 'PENDING_PAYMENT'
                  and not exists (select 1 from ordering_order_item i where i.order_id = o.id and i.paid_at is null)""")
                .params(Timestamp.from(paidAt), accountId, orderId)
                .update();
    }

    boolean exists(long accountId, long orderId) {
        return jdbc.sql("select count(*) from ordering_order where account_id = ? and id = ?")
                        .params(accountId, orderId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<OrderDetails> find(long accountId, long orderId) {
        return jdbc.sql("select * from ordering_order where account_id = ? and id = ?")
                .params(accountId, orderId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<OrderDetails> ofAccount(long accountId, int limit) {
        return jdbc.sql("select * from ordering_order where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    private OrderDetails map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String currency = rs.getString("currency");
        Timestamp paid = rs.getTimestamp("paid_at");
        return new OrderDetails(
                id,
                rs.getLong("account_id"),
                rs.getString("status"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                Money.of(rs.getBigDecimal("gross"), currency).rounded(),
                rs.getObject("document_id", Long.class),
                rs.getString("document_number"),
                rs.getTimestamp("created_at").toInstant(),
                paid == null ? null : paid.toInstant(),
                items(id));
    }

    private List<OrderDetails.Item> items(long orderId) {
        return jdbc.sql("select * from ordering_order_item where order_id = ? order by position")
                .param(orderId)
                .query((rs, n) -> new OrderDetails.Item(
                        rs.getInt("position"),
                        rs.getLong("plan_id"),
                        rs.getString("product_name"),
                        rs.getString("plan_name"),
                        rs.getInt("period_months"),
                        Money.of(rs.getBigDecimal("price"), rs.getString("currency"))
                                .rounded(),
                        Money.of(rs.getBigDecimal("setup_fee"), rs.getString("currency"))
                                .rounded(),
                        rs.getLong("service_id"),
                        "RENEWAL".equals(rs.getString("kind")),
                        rs.getObject("document_id", Long.class),
                        rs.getString("document_number"),
                        date(rs, "period_start"),
                        date(rs, "period_end"),
                        rs.getTimestamp("paid_at") != null))
                .list();
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
