package io.foyer.identity.internal;

import io.foyer.identity.AttemptLimiter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Attempt counting in PostgreSQL, so that limits hold across nodes and restarts. */
@Component
class DatabaseAttemptLimiter implements AttemptLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseAttemptLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String scope, String subject, int max, Duration window) {
        Instant now = clock.instant();
        String key = subject == null ? "" : subject.toLowerCase();
        // Serialise attempts on the same key so that concurrent requests cannot both slip under the limit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(? || ':' || ?))")
                .params(scope, key)
                .query()
                .singleRow();
        int recent = jdbc.sql("select count(*) from identity_attempt where scope = ? and subject = ? and at > ?")
                .params(scope, key, Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .single();
        if (recent >= max) {
            return false;
        }
        jdbc.sql("insert into identity_attempt (scope, subject, at) values (?, ?, ?)")
                .params(scope, key, Timestamp.from(now))
                .update();
        return true;
    }
}
