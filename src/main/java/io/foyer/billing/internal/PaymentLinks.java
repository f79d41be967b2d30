package io.foyer.billing.internal;

import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.shared.security.SecretTokens;
import io.foyer.shared.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public payment links: a 256-bit random token in the URL, only its SHA-256 stored. A link shows
 * one document and stops working once that is paid (or no longer due) or the validity has passed.
 */
@Service
public class PaymentLinks {

    static final String PREFIX = "pl_";

    /** What a token leads to. */
    public enum State {
        VALID,
        UNKNOWN,
        EXPIRED,
        PAID,
        NOT_DUE
    }

    public record Resolution(State state, Document document) {}

    public record Link(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final DocumentRecords records;
    private final BillingSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    PaymentLinks(JdbcClient jdbc, DocumentRecords records, BillingSettings settings, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws BillingProblem when the document is paid or otherwise not due */
    @Transactional
    public Link create(long accountId, long documentId, Actor actor) {
        Document document = records.find(accountId, documentId).orElseThrow(NotFoundException::new);
        if (!document.payable()) {
            throw BillingProblem.of(
                    document.paidAt() != null ? "billing.error.alreadyPaid" : "billing.error.notPayable");
        }
        String token = SecretTokens.newSecret(PREFIX);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(settings.current().linkValidityDays()));
        jdbc.sql(
                        "insert into billing_payment_link (account_id, document_id, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(accountId, documentId, SecretTokens.hash(token), Timestamp.from(expires), Timestamp.from(now))
                .update();
        audit.record(accountId, actor, "billing.paymentLink.created", document.number() + " until " + expires);
        return new Link(token, expires);
    }

    public Resolution resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return new Resolution(State.UNKNOWN, null);
        }
        record Row(long accountId, long documentId, Instant expiresAt) {}
        Optional<Row> row = jdbc.sql(
                        "select account_id, document_id, expires_at from billing_payment_link where token_hash = ?")
                .param(SecretTokens.hash(token))
                .query((rs, n) ->
                        new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return new Resolution(State.UNKNOWN, null);
        }
        Document document =
                records.find(row.get().accountId(), row.get().documentId()).orElseThrow();
        if (document.paidAt() != null) {
            return new Resolution(State.PAID, null);
        }
        if (!clock.instant().isBefore(row.get().expiresAt())) {
            return new Resolution(State.EXPIRED, null);
        }
        if (!document.payable()) {
            return new Resolution(State.NOT_DUE, null);
        }
        return new Resolution(State.VALID, document);
    }
}
