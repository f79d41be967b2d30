package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.shared.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only balance ledger; an account's balance is the sum of its entries in its currency. */
@Component
public class Ledger {

    /** What a ledger entry records. Credits are positive, payouts and payments from the balance negative. */
    public enum Kind {
        OVERPAYMENT,
        REFUND,
        VOUCHER,
        MANUAL_CREDIT,
        AFFILIATE_COMMISSION,
        PAYOUT,
        PAYMENT_FROM_BALANCE
    }

    public record Entry(
            long id, Kind kind, Money amount, Long documentId, Long payoutId, String note, Instant at, String by) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Money balance(long accountId, String currency) {
        return Money.of(
                        jdbc.sql(
                                        "select coalesce(sum(amount), 0) from billing_ledger_entry where account_id = ? and currency = ?")
                                .params(accountId, currency)
                                .query(java.math.BigDecimal.class)
                                .single(),
                        currency)
                .rounded();
    }

    /**
     * Serialises changes of one account's balance until the transaction ends: whoever spends from it
     * (a payment from the balance, a payout) reads the balance after this.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Money lockedBalance(long accountId, String currency) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x62696c6c, (int) accountId)
                .query((rs, n) -> 1)
                .list();
        return balance(accountId, currency);
    }

    public List<Entry> entries(long accountId, int limit) {
        return jdbc.sql("select * from billing_ledger_entry where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        Kind.valueOf(rs.getString("kind")),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))
                                .rounded(),
                        rs.getObject("document_id", Long.class),
                        rs.getObject("payout_id", Long.class),
                        rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long add(long accountId, Kind kind, Money amount, Long documentId, Long payoutId, String note, Actor actor) {
        boolean debit = kind == Kind.PAYOUT || kind == Kind.PAYMENT_FROM_BALANCE;
        if (amount.isZero() || (debit != amount.isNegative())) {
            throw new IllegalArgumentException(kind + " of " + amount);
        }
        return jdbc.sql(
                        """
                insert into billing_ledger_entry (account_id, kind, amount, currency, document_id, payout_id, note,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        kind.name(),
                        amount.amount(),
                        amount.currency(),
                        documentId,
                        payoutId,
                        note,
                        Timestamp.from(clock.instant()),
                        actor.name())
                .query(Long.class)
                .single();
    }
}
