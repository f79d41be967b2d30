package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.GuardedSecret;
import io.foyer.identity.PhonePins;
import io.foyer.identity.SecretCheck;
import io.foyer.identity.UserProfile;
import io.foyer.identity.UserSecurityEvent;
import io.foyer.shared.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone PIN of a user: set, changed and removed by the user, checked by support staff. Only a
 * hash is kept. With ten thousand to a hundred million possible PINs the hash slows down a thief
 * of the database only a little; what protects a PIN is that support may only ask the guard how
 * many guesses are left.
 */
@Service
public class PhonePinManagement implements PhonePins {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final BruteForceGuard guard;
    private final UserRecords users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhonePinManagement(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            BruteForceGuard guard,
            UserRecords users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.guard = guard;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** When the user's PIN was last set, or empty when they have none. */
    public Optional<Instant> changedAt(long userId) {
        return jdbc.sql("select changed_at from identity_phone_pin where user_id = ?")
                .param(userId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Sets or replaces the user's PIN.
     *
     * @return false, changing nothing, unless the PIN is 4 to 8 digits
     */
    @Transactional
    public boolean set(long userId, String pin, String clientIp) {
        if (!PhonePins.wellFormed(pin)) {
            return false;
        }
        UserProfile user = users.find(userId).orElseThrow(NotFoundException::new);
        boolean replaced = changedAt(userId).isPresent();
        jdbc.sql(
                        """
                insert into identity_phone_pin (user_id, hash, changed_at) values (?, ?, ?)
                on conflict (user_id) do update set hash = excluded.hash, changed_at = excluded.changed_at""")
                .params(userId, encoder.encode(pin), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(UserSecurityEvent.byUser(
                userId, user.email(), "user.phone-pin-changed", replaced ? "changed" : "set", clientIp));
        return true;
    }

    @Transactional
    public void remove(long userId, String clientIp) {
        UserProfile user = users.find(userId).orElseThrow(NotFoundException::new);
        if (jdbc.sql("delete from identity_phone_pin where user_id = ?")
                        .param(userId)
                        .update()
                > 0) {
            events.publishEvent(
                    UserSecurityEvent.byUser(userId, user.email(), "user.phone-pin-changed", "removed", clientIp));
        }
    }

    @Override
    public Set<Long> withPin(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select user_id from identity_phone_pin where user_id = any(?)")
                .param(userIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    @Override
    @Transactional
    public SecretCheck check(long userId, String spoken, long staffId, String clientIp, String context) {
        UserProfile user = users.find(userId).orElseThrow(NotFoundException::new);
        String subject = String.valueOf(userId);
        Optional<Duration> blocked = guard.blockedFor(GuardedSecret.PHONE_PIN, subject, clientIp);
        SecretCheck result;
        if (blocked.isPresent()) {
            result = SecretCheck.blocked(blocked.get());
        } else {
            Optional<String> hash = jdbc.sql("select hash from identity_phone_pin where user_id = ?")
                    .param(userId)
                    .query(String.class)
                    .optional();
            if (hash.isEmpty()) {
                return SecretCheck.notSet();
            }
            boolean matches = PhonePins.wellFormed(spoken) && encoder.matches(spoken, hash.get());
            if (matches) {
                guard.succeeded(GuardedSecret.PHONE_PIN, subject);
            } else {
                // Nobody to mail: the lock-out mail speaks of signing in, which is not what was guessed.
                guard.failed(GuardedSecret.PHONE_PIN, subject, clientIp, null);
            }
            result = SecretCheck.of(matches);
        }
        events.publishEvent(new UserSecurityEvent(
                userId,
                user.email(),
                "user.phone-pin-checked",
                result.describe() + (context == null ? "" : " (" + context + ")"),
                clientIp,
                staffId));
        return result;
    }
}
