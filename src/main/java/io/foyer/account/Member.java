package io.foyer.account;

import java.time.Instant;
import java.util.Set;

/** A user's membership in an account. */
public record Member(
        long accountId,
        long userId,
        String email,
        String name,
        boolean owner,
        Set<Permission> permissions,
        boolean supportEligible,
        Instant since) {}
