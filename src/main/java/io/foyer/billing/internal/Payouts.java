package io.foyer.billing.internal;

import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payouts of a balance: the customer asks, staff approve (a ledger entry) or refuse (with a
 * reason). An approval never takes more than the balance holds at that moment.
 */
@Service
public class Payouts {

    public enum Status {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    public record Payout(
            long id,
            long accountId,
            Money amount,
            String note,
            Status status,
            Instant requestedAt,
            String requestedBy,
            Instant decidedAt,
            String decidedBy,
            String refusalReason) {}

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Payouts(JdbcClient jdbc, Ledger ledger, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws BillingProblem for an amount that is not positive, has too many decimals, or is more
     *     than the balance less the payouts already asked for
     */
    @Transactional
    public long request(long accountId, Money amount, String note, Actor actor) {
        String currency = currency(accountId);
        if (!amount.currency().equals(currency)) {
            throw new BillingProblem("amount", "billing.error.currencyMismatch", currency);
        }
        if (!amount.isPositive()) {
            throw new BillingProblem("amount", "billing.error.positive");
        }
        if (!Money.fitsMinorUnit(amount.amount(), currency)) {
            throw new BillingProblem("amount", "billing.error.decimals", Money.minorDigits(currency));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new BillingProblem("note", "billing.error.noteTooLong");
        }
        Money available = ledger.lockedBalance(accountId, currency).minus(requested(accountId, currency));
        if (amount.compareTo(available) > 0) {
            throw new BillingProblem("amount", "billing.payout.exceeds", available.toString());
        }
        long id = jdbc.sql(
                        """
                insert into billing_payout (account_id, amount, currency, note, status, requested_at, requested_by)
                values (?, ?, ?, ?, 'REQUESTED', ?, ?) returning id""")
                .params(accountId, amount.amount(), currency, cleanNote, Timestamp.from(clock.instant()), actor.name())
                .query(Long.class)
                .single();
        audit.record(accountId, actor, "billing.payout.requested", amount.toString());
        return id;
    }

    /** @throws BillingProblem when it was decided already or the balance no longer covers it */
    @Transactional
    public void approve(long payoutId, Actor actor) {
        Payout p = open(payoutId);
        Money balance = ledger.lockedBalance(p.accountId(), p.amount().currency());
        if (p.amount().compareTo(balance) > 0) {
            throw BillingProblem.of("billing.payout.exceedsBalance", balance.toString());
        }
        ledger.add(p.accountId(), Ledger.Kind.PAYOUT, p.amount().negate(), null, payoutId, null, actor);
        decide(payoutId, Status.APPROVED, null, actor);
        audit.record(p.accountId(), actor, "billing.payout.approved", p.amount().toString());
    }

    @Transactional
    public void refuse(long payoutId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new BillingProblem("reason", "billing.payout.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new BillingProblem("reason", "billing.error.noteTooLong");
        }
        Payout p = open(payoutId);
        decide(payoutId, Status.REFUSED, reason.strip(), actor);
        audit.record(p.accountId(), actor, "billing.payout.refused", p.amount() + ": " + reason.strip());
    }

    public List<Payout> of(long accountId) {
        return jdbc.sql("select * from billing_payout where account_id = ? order by id desc")
                .param(accountId)
                .query(Payouts::map)
                .list();
    }

    public List<Payout> open() {
        return jdbc.sql("select * from billing_payout where status = 'REQUESTED' order by id")
                .query(Payouts::map)
                .list();
    }

    public Optional<Payout> find(long payoutId) {
        return jdbc.sql("select * from billing_payout where id = ?")
                .param(payoutId)
                .query(Payouts::map)
                .optional();
    }

    private Payout open(long payoutId) {
        Payout p = jdbc.sql("select * from billing_payout where id = ? for update")
                .param(payoutId)
                .query(Payouts::map)
                .optional()
                .orElseThrow(NotFoundException::new);
        if (p.status() != Status.REQUESTED) {
            throw BillingProblem.of("billing.payout.decided");
        }
        return p;
    }

    private void decide(long payoutId, Status status, String reason, Actor actor) {
        jdbc.sql(
                        "update billing_payout set status = ?, decided_at = ?, decided_by = ?, refusal_reason = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), actor.name(), reason, payoutId)
                .update();
    }

    private Money requested(long accountId, String currency) {
        return Money.of(
                jdbc.sql(
                                "select coalesce(sum(amount), 0) from billing_payout where account_id = ? and currency = ? and status = 'REQUESTED'")
                        .params(accountId, currency)
                        .query(java.math.BigDecimal.class)
                        .single(),
                currency);
    }

    private String currency(long accountId) {
        return accounts.details(accountId).orElseThrow(NotFoundException::new).currency();
    }

    private static Payout map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Payout(
                rs.getLong("id"),
                rs.getLong("account_id"),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")).rounded(),
                rs.getString("note"),
                Status.valueOf(rs.getString("status")),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"),
                rs.getString("refusal_reason"));
    }
}
