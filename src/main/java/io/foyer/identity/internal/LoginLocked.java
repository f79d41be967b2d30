package io.foyer.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Signing in is refused without checking the password, because of earlier wrong attempts. */
class LoginLocked extends AuthenticationException {

    private final Duration remaining;

    LoginLocked(Duration remaining) {
        super("Too many failed attempts");
        this.remaining = remaining;
    }

    /** Whole minutes to wait, at least one, as shown to the user. */
    long minutes() {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }
}
