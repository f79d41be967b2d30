package io.foyer.identity.internal;

import io.foyer.identity.AttemptLimiter;
import io.foyer.identity.PasswordPolicy;
import io.foyer.identity.UserProfile;
import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the identity module's own pages do; not for other modules. */
@Service
public class IdentityWebFacade {

    private final PasswordReset reset;
    private final EmailVerification verification;
    private final UserRecords users;
    private final PasswordEncoder passwords;
    private final AttemptLimiter limiter;
    private final SessionManagement sessions;
    private final int perIp;

    IdentityWebFacade(
            PasswordReset reset,
            EmailVerification verification,
            UserRecords users,
            PasswordEncoder passwords,
            AttemptLimiter limiter,
            SessionManagement sessions,
            @org.springframework.beans.factory.annotation.Value("${foyer.rate-limits.password-reset-per-ip:10}")
                    int perIp) {
        this.reset = reset;
        this.verification = verification;
        this.users = users;
        this.passwords = passwords;
        this.limiter = limiter;
        this.sessions = sessions;
        this.perIp = perIp;
    }

    public boolean requestPasswordReset(String loginName, String clientIp) {
        return reset.request(loginName, clientIp) == PasswordReset.Outcome.ACCEPTED;
    }

    public boolean isResetLinkValid(String token) {
        return reset.isValid(token);
    }

    public boolean resetPassword(String token, String password) {
        return reset.reset(token, password);
    }

    public boolean confirmEmail(String token) {
        return verification.confirm(token);
    }

    /** Sends a new confirmation link if the address belongs to an unconfirmed user; same answer otherwise. */
    @Transactional
    public boolean resendVerification(String email, String clientIp) {
        if (!limiter.tryAcquire("verify-ip", clientIp, perIp, Duration.ofMinutes(15))
                || !limiter.tryAcquire("verify-mail", email.trim(), 3, Duration.ofMinutes(15))) {
            return false;
        }
        users.findByEmail(email.trim()).filter(u -> !u.verified()).ifPresent(u -> verification.send(u.id()));
        return true;
    }

    public UserProfile profile(long userId) {
        return users.find(userId).orElseThrow();
    }

    @Transactional
    public void updateProfile(long userId, String name, String phone, String language) {
        users.updateProfile(userId, name.trim(), phone == null || phone.isBlank() ? null : phone.trim(), language);
    }

    /**
     * Changes the password after checking the current one; false when the current one is wrong.
     * Every other session of the user ends: whoever knew the old password is signed out.
     */
    @Transactional
    public boolean changePassword(
            long userId, String current, String password, String currentSessionId, String clientIp) {
        String hash = users.passwordHash(userId).orElseThrow();
        if (!passwords.matches(current, hash)) {
            return false;
        }
        PasswordPolicy.check(password, users.find(userId).orElseThrow().email());
        users.updatePassword(userId, passwords.encode(password));
        sessions.endOthersAfterPasswordChange(userId, currentSessionId, clientIp);
        return true;
    }
}
