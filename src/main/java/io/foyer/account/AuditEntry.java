package io.foyer.account;

import java.time.Instant;

/** One line of an account's audit log. */
public record AuditEntry(
        long id,
        Long accountId,
        String actorKind,
        String actorName,
        String action,
        String detail,
        String ip,
        Instant at) {}
