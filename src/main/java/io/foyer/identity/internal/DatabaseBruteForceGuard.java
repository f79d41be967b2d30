package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.GuardedSecret;
import io.foyer.identity.UserSecurityEvent;
import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import io.foyer.shared.web.Languages;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Failure counts and lockouts in PostgreSQL, so that they hold across nodes and restarts. */
@Component
class DatabaseBruteForceGuard implements BruteForceGuard {

    private static final int MAX_KEY = 300;
    private static final DateTimeFormatter MAIL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BruteForcePolicy policy;
    private final UserRecords users;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;

    DatabaseBruteForceGuard(
            JdbcClient jdbc,
            Clock clock,
            BruteForcePolicy policy,
            UserRecords users,
            Mailer mailer,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
        this.users = users;
        this.mailer = mailer;
        this.events = events;
    }

    @Override
    public Optional<Duration> blockedFor(GuardedSecret secret, String subject, String clientIp) {
        Instant now = clock.instant();
        Timestamp until = jdbc.sql(
                        """
                        select max(locked_until) from identity_guard
                        where secret = ? and locked_until > ?
                          and ((kind = 'SUBJECT' and key = ?) or (kind = 'IP' and key = ?))""")
                .params(secret.name(), Timestamp.from(now), key(subject), key(clientIp))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until.toInstant()));
    }

    /**
     * In a transaction of its own: a failed attempt usually ends the caller's request with an
     * error, and a rollback there must not take the count with it.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(GuardedSecret secret, String subject, String clientIp, Long notifyUserId) {
        Instant now = clock.instant();
        Optional<Duration> subjectLock = count(secret, "SUBJECT", key(subject), policy.subjectFailures(), now);
        count(secret, "IP", key(clientIp), policy.ipFailures(), now);
        if (subjectLock.isPresent() && notifyUserId != null) {
            tellUser(notifyUserId, secret, subjectLock.get(), clientIp, now);
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(GuardedSecret secret, String subject) {
        // Lockouts already running stay (a right guess during a lock is never checked anyway).
        jdbc.sql(
                        """
                        delete from identity_guard where secret = ? and kind = 'SUBJECT' and key = ?
                          and (locked_until is null or locked_until <= ?)""")
                .params(secret.name(), key(subject), Timestamp.from(clock.instant()))
                .update();
    }

    /** Counts one failure; answers the lock it caused, if this failure was the one too many. */
    private Optional<Duration> count(GuardedSecret secret, String kind, String key, int threshold, Instant now) {
        record State(int failures, int lockouts) {}
        State state = jdbc.sql(
                        """
                        insert into identity_guard as g
                            (secret, kind, key, failures, window_start, last_failure, lockouts)
                        values (:secret, :kind, :key, 1, :now, :now, 0)
                        on conflict (secret, kind, key) do update set
                            failures = case when g.window_start < :windowStart then 1 else g.failures + 1 end,
                            window_start = case when g.window_start < :windowStart then :now else g.window_start end,
                            lockouts = case when g.last_failure < :forgetBefore then 0 else g.lockouts end,
                            last_failure = :now
                        returning failures, lockouts""")
                .param("secret", secret.name())
                .param("kind", kind)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(policy.window())))
                .param("forgetBefore", Timestamp.from(now.minus(policy.forgetAfter())))
                .query((rs, n) -> new State(rs.getInt("failures"), rs.getInt("lockouts")))
                .single();
        if (state.failures() < threshold) {
            return Optional.empty();
        }
        Duration lock = policy.lockAfter(state.lockouts());
        jdbc.sql(
                        """
                        update identity_guard set failures = 0, window_start = ?, lockouts = lockouts + 1, locked_until = ?
                        where secret = ? and kind = ? and key = ?""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(lock)), secret.name(), kind, key)
                .update();
        return Optional.of(lock);
    }

    private void tellUser(long userId, GuardedSecret secret, Duration lock, String clientIp, Instant now) {
        users.find(userId).ifPresent(user -> {
            Locale locale = Languages.locale(user.language());
            mailer.queue(Mail.of(
                    user.email(),
                    "locked-out",
                    locale,
                    Map.of(
                            "name", user.name(),
                            "minutes", Math.max(1, lock.toMinutes()),
                            "ip", clientIp == null ? "-" : clientIp,
                            "time", MAIL_TIME.format(now.atOffset(ZoneOffset.UTC)))));
            events.publishEvent(new UserSecurityEvent(
                    userId,
                    user.email(),
                    "user.locked-out",
                    secret.name() + " locked for " + lock.toMinutes() + " min",
                    clientIp,
                    null));
        });
    }

    private static String key(String value) {
        String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
