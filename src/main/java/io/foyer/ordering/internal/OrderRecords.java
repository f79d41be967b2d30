package io.foyer.ordering.internal;

import io.foyer.shared.Money;
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

    void attachDocument(long orderId, long documentId, String number, Money gross) {
        jdbc.sql("update ordering_order set document_id = ?, document_number = ?, gross = ? where id = ?")
                .params(documentId, number, gross.amount(), orderId)
                .update();
    }

    void markPaid(long accountId, long orderId, Instant paidAt) {
        jdbc.sql(
                        """
                update ordering_order set status = 'PAID', paid_at = ?
                where account_id = ? and id = ? and status = 'PENDING_PAYMENT'""")
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
                        rs.getLong("service_id")))
                .list();
    }
}
