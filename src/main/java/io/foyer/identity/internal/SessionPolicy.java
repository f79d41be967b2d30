package io.foyer.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a browser session lives: it ends after {@code idleTimeout} without a request, and at the
 * latest {@code absoluteTimeout} after it started (after the last sign-in in it), however busy it is.
 *
 * @param idleTimeout Spring Session's maximum inactive interval
 * @param absoluteTimeout enforced by {@link AbsoluteSessionTimeout}
 */
@ConfigurationProperties("foyer.session")
record SessionPolicy(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {

    SessionPolicy {
        // A negative interval means "never expires" to Spring Session: refuse it rather than obey it.
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("foyer.session.idle-timeout must be positive");
        }
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("foyer.session.absolute-timeout must be positive");
        }
    }
}
