package io.foyer.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A staff member viewing Foyer as a customer sees it ("view as customer"): which staff member, as
 * which user, in which single account, why, and whether changes are allowed (read-only unless an
 * admin allowed them). Kept with the customer's security context in the session.
 */
public record Impersonation(
        long staffId,
        String staffEmail,
        long userId,
        String userEmail,
        long accountId,
        String reason,
        boolean readOnly,
        Instant startedAt)
        implements Serializable {}
