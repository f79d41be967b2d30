package io.foyer.identity.internal;

import io.foyer.identity.AttemptLimiter;
import io.foyer.identity.PasswordPolicy;
import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import io.foyer.shared.web.Languages;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email or customer number. The answer to a request never reveals whether the
 * address exists; requests are limited per client address and per login name.
 */
@Service
class PasswordReset {

    static final Duration VALIDITY = Duration.ofHours(1);
    private final LinkTokens tokens;
    private final UserRecords users;
    private final LoginNames loginNames;
    private final Mailer mailer;
    private final AttemptLimiter limiter;
    private final PasswordEncoder passwords;
    private final SessionManagement sessions;
    private final String baseUrl;
    private final Clock clock;
    private final int perIp;
    private final int perName;

    PasswordReset(
            LinkTokens tokens,
            UserRecords users,
            LoginNames loginNames,
            Mailer mailer,
            AttemptLimiter limiter,
            PasswordEncoder passwords,
            SessionManagement sessions,
            @Value("${foyer.base-url}") String baseUrl,
            Clock clock,
            @Value("${foyer.rate-limits.password-reset-per-ip:10}") int perIp,
            @Value("${foyer.rate-limits.password-reset-per-name:3}") int perName) {
        this.tokens = tokens;
        this.users = users;
        this.loginNames = loginNames;
        this.mailer = mailer;
        this.limiter = limiter;
        this.passwords = passwords;
        this.sessions = sessions;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.perIp = perIp;
        this.perName = perName;
    }

    enum Outcome {
        ACCEPTED,
        RATE_LIMITED
    }

    /** Mails a reset link if the login name is known; answers the same either way. */
    @Transactional
    Outcome request(String loginName, String clientIp) {
        String name = loginName.trim();
        if (!limiter.tryAcquire("reset-ip", clientIp, perIp, Duration.ofMinutes(15))
                || !limiter.tryAcquire("reset-name", name, perName, Duration.ofMinutes(15))) {
            return Outcome.RATE_LIMITED;
        }
        loginNames
                .emailFor(name)
                .flatMap(users::findByEmail)
                .filter(u -> !u.disabled())
                .ifPresent(user -> {
                    String secret = tokens.issue(user.id(), LinkTokens.Purpose.RESET_PASSWORD, VALIDITY);
                    mailer.queue(Mail.of(
                            user.email(),
                            "password-reset",
                            Languages.locale(user.language()),
                            Map.of("name", user.name(), "link", baseUrl + "/password/reset?token=" + secret)));
                });
        return Outcome.ACCEPTED;
    }

    boolean isValid(String secret) {
        return tokens.peek(secret, LinkTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /** Sets the new password if the link is still valid; the link is used up either way. */
    @Transactional
    boolean reset(String secret, String newPassword) {
        Optional<Long> userId = tokens.peek(secret, LinkTokens.Purpose.RESET_PASSWORD);
        if (userId.isEmpty()) {
            return false;
        }
        var user = users.find(userId.get()).orElseThrow();
        PasswordPolicy.check(newPassword, user.email());
        if (tokens.consume(secret, LinkTokens.Purpose.RESET_PASSWORD).isEmpty()) {
            return false;
        }
        users.updatePassword(user.id(), passwords.encode(newPassword));
        // Following the link proves control of the address as well.
        users.markVerified(user.id(), clock.instant());
        // A reset is what a user does who fears someone else knows the password: every session ends.
        sessions.endOthersAfterPasswordChange(user.id(), null, null);
        return true;
    }
}
