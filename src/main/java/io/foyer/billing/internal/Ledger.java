package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.shared.Money;
import io.foyer.shared.db.BatchInsert;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate template;
    private final Clock clock;

    Ledger(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
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

    /**
     * {@link #lockedBalance} for many accounts: locks their balances (in account order, so two
     * callers never deadlock) and answers each account's balance per currency.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Map<String, Money>> lockedBalances(java.util.Collection<Long> accountIds) {
        Long[] ids = accountIds.stream().distinct().sorted().toArray(Long[]::new);
        // The same keys as lockedBalance takes (the account id cast to int), in one order for all.
        Integer[] keys = accountIds.stream()
                .map(id -> (int) (long) id)
                .distinct()
                .sorted()
                .toArray(Integer[]::new);
        jdbc.sql("select pg_advisory_xact_lock(?, k) from unnest(?::int[]) as k order by k")
                .params(0x62696c6c, keys)
                .query((rs, n) -> 1)
                .list();
        Map<Long, Map<String, Money>> balances = new HashMap<>();
        jdbc.sql(
                        """
                select account_id, currency, sum(amount) from billing_ledger_entry where account_id = any(?)
                group by account_id, currency""")
                .param(ids)
                .query((rs, n) -> balances.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
                        .put(
                                rs.getString(2),
                                Money.of(rs.getBigDecimal(3), rs.getString(2)).rounded()))
                .list();
        return balances;
    }

    /** One entry of {@link #addAll}. */
    record NewEntry(long accountId, Kind kind, Money amount, Long documentId, Long payoutId, String note) {}

    /** Writes many entries by one actor in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    void addAll(List<NewEntry> entries, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>(entries.size());
        for (NewEntry e : entries) {
            check(e.kind(), e.amount());
            rows.add(new Object[] {
                e.accountId(),
                e.kind().name(),
                e.amount().amount(),
                e.amount().currency(),
                e.documentId(),
                e.payoutId(),
                e.note(),
                now,
                actor.name()
            });
        }
        BatchInsert.run(
                template,
                """
                insert into billing_ledger_entry (account_id, kind, amount, currency, document_id, payout_id, note,
                    created_at, created_by)""",
                rows);
    }

    private static void check(Kind kind, Money amount) {
        boolean debit = kind == Kind.PAYOUT || kind == Kind.PAYMENT_FROM_BALANCE;
        if (amount.isZero() || (debit != amount.isNegative())) {
            throw new IllegalArgumentException(kind + " of " + amount);
        }
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
    public void add(long accountId, Kind kind, Money amount, Long documentId, Long payoutId, String note, Actor actor) {
        addAll(List.of(new NewEntry(accountId, kind, amount, documentId, payoutId, note)), actor);
    }
}
