package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.GuardedSecret;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login behind the {@link BruteForceGuard}: while a login name or the client address is
 * locked the password is not even checked, so guessing goes no faster than the guard allows. The
 * answer for a locked name is the same whether or not the name exists.
 */
class GuardedAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final BruteForceGuard guard;
    private final Function<String, Subject> subjects;

    /**
     * @param subjects what a typed login name stands for: the key failures are counted under (the
     *     same for every name of one user) and the customer user to mail on lockout, if any
     */
    GuardedAuthentication(AuthenticationProvider passwords, BruteForceGuard guard, Function<String, Subject> subjects) {
        this.passwords = passwords;
        this.guard = guard;
        this.subjects = subjects;
    }

    record Subject(String key, Long userId) {}

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String ip =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Subject subject = subjects.apply(
                attempt.getName() == null ? "" : attempt.getName().trim());
        var blocked = guard.blockedFor(GuardedSecret.PASSWORD, subject.key(), ip);
        if (blocked.isPresent()) {
            throw new LoginLocked(blocked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            guard.succeeded(GuardedSecret.PASSWORD, subject.key());
            return result;
        } catch (BadCredentialsException wrong) {
            guard.failed(GuardedSecret.PASSWORD, subject.key(), ip, subject.userId());
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
