package io.foyer.identity;

import java.time.Instant;

/**
 * One sign-in or failed attempt of a customer user.
 *
 * @param failure why it failed, {@code null} when it succeeded
 */
public record LoginRecord(Instant at, boolean success, String failure, String factor, String ip, String userAgent) {}
