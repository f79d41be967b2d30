package io.foyer.identity.internal;

import io.foyer.shared.security.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Single-use, expiring links sent by mail. Only the hash of a link's secret is stored. */
@Component
class LinkTokens {

    enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LinkTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a new link secret; earlier unused links of the same purpose stop working. */
    String issue(long userId, Purpose purpose, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql("update identity_link_token set used_at = ? where user_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(now), userId, purpose.name())
                .update();
        String secret = SecretTokens.newSecret("");
        jdbc.sql(
                        "insert into identity_link_token (user_id, purpose, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        userId,
                        purpose.name(),
                        SecretTokens.hash(secret),
                        Timestamp.from(now.plus(validity)),
                        Timestamp.from(now))
                .update();
        return secret;
    }

    /** The user the link belongs to, if it is valid now; does not use it up. */
    Optional<Long> peek(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select user_id from identity_link_token where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(SecretTokens.hash(secret), purpose.name(), Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Uses the link up, atomically: of two concurrent uses only one succeeds. */
    Optional<Long> consume(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(
                        """
                update identity_link_token set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                returning user_id""")
                .params(Timestamp.from(now), SecretTokens.hash(secret), purpose.name(), Timestamp.from(now))
                .query(Long.class)
                .optional();
    }
}
