package io.foyer.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failures lock a subject or a client address, and for how long. Each further lockout
 * within {@code forgetAfter} doubles the lock, up to {@code maxLock}; a subject's count starts again
 * after a success.
 *
 * @param subjectFailures failures of one subject within {@code window} that lock it
 * @param ipFailures failures from one client address within {@code window} (any subject) that lock the address
 * @param window the period failures are counted in
 * @param firstLock how long the first lockout lasts
 * @param maxLock the longest lockout
 * @param forgetAfter a quiet period after which earlier lockouts no longer lengthen the next one
 */
@ConfigurationProperties("foyer.brute-force")
record BruteForcePolicy(
        Integer subjectFailures,
        Integer ipFailures,
        Duration window,
        Duration firstLock,
        Duration maxLock,
        Duration forgetAfter) {

    BruteForcePolicy {
        subjectFailures = subjectFailures == null ? 5 : subjectFailures;
        ipFailures = ipFailures == null ? 30 : ipFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        firstLock = firstLock == null ? Duration.ofMinutes(5) : firstLock;
        maxLock = maxLock == null ? Duration.ofHours(4) : maxLock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
    }

    /** The lock after {@code earlierLockouts} lockouts: 5 min, 10 min, 20 min, … up to the maximum. */
    Duration lockAfter(int earlierLockouts) {
        Duration lock = firstLock;
        for (int i = 0; i < earlierLockouts && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
