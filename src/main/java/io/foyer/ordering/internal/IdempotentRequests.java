package io.foyer.ordering.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request at most once per account and {@code Idempotency-Key}. The key is inserted first
 * in the request's transaction and committed with what the request created and the answer it
 * gave; a second request with the same key waits on the key's unique index until the first one
 * ends, then replays that answer. When the first one failed, nothing was committed and the key is
 * free again.
 */
@Component
public class IdempotentRequests {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The answer given to a request: its status and JSON body. */
    public record Answer(int status, String body, Long orderId, boolean replayed) {}

    /** The key was used before for a request with another body. */
    public static class KeyReused extends RuntimeException {
        public KeyReused() {
            super("Idempotency-Key used for another request", null, false, false);
        }
    }

    /** A request with the key is still running (only when the database could not make this one wait). */
    public static class KeyInUse extends RuntimeException {
        public KeyInUse() {
            super("Idempotency-Key in use", null, false, false);
        }
    }

    /** The SHA-256 of a request's canonical form, to tell a repeated request from another one under the same key. */
    public static String hash(String canonicalRequest) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer run(long accountId, String key, String requestHash, Supplier<Answer> request) {
        return transactions.execute(status -> {
            int claimed = jdbc.sql(
                            """
                    insert into ordering_idempotency_key (account_id, idempotency_key, request_hash, response_status,
                           response_body, created_at)
                    values (?, ?, ?, 0, '', ?) on conflict do nothing""")
                    .params(accountId, key, requestHash, Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 0) {
                return replay(accountId, key, requestHash);
            }
            Answer answer = request.get();
            jdbc.sql(
                            """
                    update ordering_idempotency_key set response_status = ?, response_body = ?, order_id = ?
                    where account_id = ? and idempotency_key = ?""")
                    .params(answer.status(), answer.body(), answer.orderId(), accountId, key)
                    .update();
            return answer;
        });
    }

    private Answer replay(long accountId, String key, String requestHash) {
        return jdbc.sql(
                        """
                select request_hash, response_status, response_body, order_id from ordering_idempotency_key
                where account_id = ? and idempotency_key = ?""")
                .params(accountId, key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new KeyReused();
                    }
                    if (rs.getInt("response_status") == 0) {
                        throw new KeyInUse();
                    }
                    return new Answer(
                            rs.getInt("response_status"),
                            rs.getString("response_body"),
                            rs.getObject("order_id", Long.class),
                            true);
                })
                .optional()
                .orElseThrow(KeyInUse::new);
    }
}
