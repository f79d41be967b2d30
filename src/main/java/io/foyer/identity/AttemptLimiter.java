package io.foyer.identity;

import java.time.Duration;

/**
 * Counts attempts per scope and subject (an IP address, a login name) in the database, so limits
 * hold across all Foyer nodes.
 */
public interface AttemptLimiter {
    /** Records an attempt and answers whether it is within {@code max} per {@code window}. */
    boolean tryAcquire(String scope, String subject, int max, Duration window);
}
