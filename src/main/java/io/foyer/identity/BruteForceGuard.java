package io.foyer.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * Brute-force protection for every place a secret is checked. Failures are counted per subject
 * (a login name, a user, an account) and per client IP in the database, so the protection holds
 * across nodes and restarts. Repeated failures lock the subject (or the IP) for a time that grows
 * with each further lockout; the user is mailed when their login is locked.
 *
 * <p>Use: ask {@link #blockedFor} before checking the secret (and do not check it while blocked),
 * then report the outcome with {@link #failed} or {@link #succeeded}.
 */
public interface BruteForceGuard {

    /** Empty when an attempt may be made now, otherwise how long the caller has to wait. */
    Optional<Duration> blockedFor(GuardedSecret secret, String subject, String clientIp);

    /**
     * Records a wrong secret. {@code notifyUserId} is the customer user to mail if this failure
     * locks the subject, or {@code null} when there is nobody to tell (unknown login name, staff).
     */
    void failed(GuardedSecret secret, String subject, String clientIp, Long notifyUserId);

    /** Records a right secret: the subject's failure count starts again. */
    void succeeded(GuardedSecret secret, String subject);
}
