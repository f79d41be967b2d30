package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.account.CodeWords;
import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.GuardedSecret;
import io.foyer.identity.SecretCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code word of an account: set, changed and removed by the owner or a member with the
 * settings permission, checked by support staff. Only a hash is kept and it is never shown again.
 *
 * <p>The code word is spoken on the phone and typed by someone else, so it is compared without
 * regard to case, Unicode form and runs of spaces ("Blue  Harbour" is "blue harbour"). Before the
 * application's password encoder it goes through SHA-256: bcrypt reads only the first 72 bytes,
 * and 100 characters with umlauts are far more than that.
 */
@Service
public class CodeWordManagement implements CodeWords {

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 100;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final BruteForceGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    CodeWordManagement(JdbcClient jdbc, PasswordEncoder encoder, BruteForceGuard guard, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> changedAt(long accountId) {
        return jdbc.sql("select changed_at from account_code_word where account_id = ?")
                .param(accountId)
                .query((rs, n) -> Rows.instant(rs, "changed_at"))
                .optional();
    }

    /**
     * Sets or replaces the code word.
     *
     * @throws InvalidField on {@code codeWord} unless it has 4 to 100 characters
     */
    @Transactional
    public void set(long accountId, String codeWord, Actor actor) {
        // A bound before any work: a pasted megabyte is refused as it is, not normalised first.
        if (codeWord == null || codeWord.length() > 4 * MAX_LENGTH) {
            throw new InvalidField("codeWord", "codeWord.length", MIN_LENGTH, MAX_LENGTH);
        }
        String normal = normalise(codeWord);
        int length = normal.codePointCount(0, normal.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidField("codeWord", "codeWord.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean replaced = changedAt(accountId).isPresent();
        jdbc.sql(
                        """
                insert into account_code_word (account_id, hash, changed_at) values (?, ?, ?)
                on conflict (account_id) do update set hash = excluded.hash, changed_at = excluded.changed_at""")
                .params(accountId, encoder.encode(prehash(normal)), Rows.ts(clock.instant()))
                .update();
        audit.record(accountId, actor, "account.code-word-changed", replaced ? "changed" : "set");
    }

    @Transactional
    public void remove(long accountId, Actor actor) {
        if (jdbc.sql("delete from account_code_word where account_id = ?")
                        .param(accountId)
                        .update()
                > 0) {
            audit.record(accountId, actor, "account.code-word-changed", "removed");
        }
    }

    @Override
    @Transactional
    public SecretCheck check(long accountId, String spoken, Actor staff) {
        String subject = String.valueOf(accountId);
        Optional<Duration> blocked = guard.blockedFor(GuardedSecret.CODE_WORD, subject, staff.ip());
        SecretCheck result;
        if (blocked.isPresent()) {
            result = SecretCheck.blocked(blocked.get());
        } else {
            Optional<String> hash = jdbc.sql("select hash from account_code_word where account_id = ?")
                    .param(accountId)
                    .query(String.class)
                    .optional();
            if (hash.isEmpty()) {
                return SecretCheck.notSet();
            }
            boolean matches = spoken != null
                    && spoken.length() <= 4 * MAX_LENGTH
                    && encoder.matches(prehash(normalise(spoken)), hash.get());
            if (matches) {
                guard.succeeded(GuardedSecret.CODE_WORD, subject);
            } else {
                // Nobody to mail: the lock-out mail speaks of signing in, which is not what was guessed.
                guard.failed(GuardedSecret.CODE_WORD, subject, staff.ip(), null);
            }
            result = SecretCheck.of(matches);
        }
        audit.record(accountId, staff, "account.code-word-checked", result.describe());
        return result;
    }

    /** What is compared: the same for everything a listener would call the same word. */
    static String normalise(String codeWord) {
        if (codeWord == null) {
            return "";
        }
        return Normalizer.normalize(codeWord, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static String prehash(String normal) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
